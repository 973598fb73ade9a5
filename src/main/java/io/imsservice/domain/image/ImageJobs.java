package io.imsservice.domain.image;

import io.imsservice.domain.Caller;
import io.imsservice.domain.job.InFlightLimiter.Permit;
import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobOutcome;
import io.imsservice.domain.job.JobRunner;
import io.imsservice.domain.job.SubJobs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Starts the job that finishes registered images: it activates them when it ends, or marks them killed when it
 * fails. A job that creates several images gives each further image a sub-job.
 *
 * <p>A creation reserves its job slot ({@link #inJobSlot}) before it changes any state, such as registering images
 * or claiming a server, so that a project at its flow-control limit (IMG.0060) is rejected with nothing left behind.
 */
@ApplicationScoped
public class ImageJobs {
    private final JobRunner jobRunner;
    private final SubJobs subJobs;
    private final ImageRegistration registration;

    public ImageJobs(JobRunner jobRunner, SubJobs subJobs, ImageRegistration registration) {
        this.jobRunner = jobRunner;
        this.subJobs = subJobs;
        this.registration = registration;
    }

    /** A registered image and the size in bytes it will have when its job ends. */
    public record NewImage(Image image, long sizeBytes) {
    }

    /** Side effects of the job on other services when it ends, such as releasing a server or a backup. */
    public record Effects(Supplier<Uni<Void>> onSuccess, Function<Throwable, Uni<Void>> onFailure) {
        public static final Effects NONE = new Effects(() -> Uni.createFrom().voidItem(),
                failure -> Uni.createFrom().voidItem());
    }

    /**
     * Reserves one of the caller's job slots, failing with IMG.0060 when none is free, and runs the steps that
     * prepare and submit the job in it. The slot is released when the steps fail; a submitted job holds it until
     * its work ends.
     */
    public Uni<Job> inJobSlot(Caller caller, Function<Permit, Uni<Job>> prepareAndSubmit) {
        return jobRunner.reserveSlot(caller.projectId())
                .chain(slot -> prepareAndSubmit.apply(slot)
                        .onFailure().invoke(slot::release)
                        .onCancellation().invoke(slot::release));
    }

    /** Starts a job that finishes one image and reports it in {@code image_id} and {@code image_name}. */
    public Uni<Job> submit(Permit slot, String jobType, NewImage image, Effects effects) {
        return submit(slot, jobType, image, null, List.of(), effects);
    }

    /**
     * Starts a job that finishes the main image, when there is one, and the sub-images, each with a sub-job of
     * type {@code subJobType} that {@code sub_jobs_list} and {@code sub_jobs_result} report.
     */
    public Uni<Job> submit(Permit slot, String jobType, NewImage mainImage, String subJobType,
            List<NewImage> subImages, Effects effects) {
        return startSubJobs(slot.key(), subJobType, subImages)
                .chain(started -> {
                    List<String> subJobIds = started.stream().map(Job::id).toList();
                    Map<String, Object> entities = new LinkedHashMap<>();
                    if (mainImage != null) {
                        entities.put("image_name", mainImage.image().name());
                    }
                    if (!subJobIds.isEmpty()) {
                        entities.put("sub_jobs_list", subJobIds);
                    }
                    return jobRunner.submit(slot, jobType, entities,
                                    () -> finish(mainImage, subImages, subJobIds, effects),
                                    failure -> compensate(mainImage, subImages, subJobIds, effects, failure))
                            .onFailure().call(() -> subJobs.discardAll(subJobIds));
                });
    }

    private Uni<List<Job>> startSubJobs(String projectId, String subJobType, List<NewImage> subImages) {
        Uni<List<Job>> started = Uni.createFrom().item(new ArrayList<>());
        for (NewImage subImage : subImages) {
            started = started.chain(jobs -> subJobs.start(projectId, subJobType, subImage.image().name())
                    .map(job -> {
                        jobs.add(job);
                        return jobs;
                    }));
        }
        return started;
    }

    private Uni<JobOutcome> finish(NewImage mainImage, List<NewImage> subImages, List<String> subJobIds,
            Effects effects) {
        Map<String, Object> entities = new LinkedHashMap<>();
        Uni<Void> done = Uni.createFrom().voidItem();
        if (mainImage != null) {
            done = registration.activate(mainImage.image().id(), mainImage.sizeBytes())
                    .invoke(active -> {
                        entities.put("image_id", active.id());
                        entities.put("image_name", active.name());
                    })
                    .replaceWithVoid();
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < subImages.size(); i++) {
            NewImage subImage = subImages.get(i);
            String subJobId = subJobIds.get(i);
            done = done.chain(() -> registration.activate(subImage.image().id(), subImage.sizeBytes()))
                    .chain(active -> subJobs.succeed(subJobId, active.id()))
                    .invoke(subJob -> results.add(SubJobs.result(subJob)))
                    .replaceWithVoid();
        }
        return done.chain(() -> effects.onSuccess().get())
                .map(ignored -> {
                    if (!subJobIds.isEmpty()) {
                        entities.put("sub_jobs_result", results);
                        entities.put("sub_jobs_list", subJobIds);
                    }
                    return JobOutcome.of(entities);
                });
    }

    private Uni<Void> compensate(NewImage mainImage, List<NewImage> subImages, List<String> subJobIds,
            Effects effects, Throwable failure) {
        List<NewImage> all = new ArrayList<>(subImages);
        if (mainImage != null) {
            all.add(0, mainImage);
        }
        Uni<Void> killed = Uni.join().all(all.stream()
                        .map(image -> registration.markKilled(image.image().id()))
                        .toList())
                .andCollectFailures()
                .replaceWithVoid();
        return killed.chain(() -> subJobs.failAll(subJobIds, failure))
                .chain(() -> effects.onFailure().apply(failure));
    }
}
