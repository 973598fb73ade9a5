package io.imsservice.domain.share;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobOutcome;
import io.imsservice.domain.job.JobRunner;
import io.imsservice.domain.job.JobType;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The batch member calls under /v1/cloudimages/members. Each validates the request and its images before it
 * returns, as IMS does, and then starts a job. The job applies the change to every image and project or to none,
 * so a job that fails leaves the memberships as they were. On success, {@code entities.results} lists each pair
 * with status {@code success}.
 */
@ApplicationScoped
public class MemberBatches {
    private static final Function<Throwable, Uni<Void>> NOTHING_TO_UNDO = failure -> Uni.createFrom().voidItem();

    private final SharingChecks checks;
    private final MembershipUpdates updates;
    private final JobRunner jobRunner;

    public MemberBatches(SharingChecks checks, MembershipUpdates updates, JobRunner jobRunner) {
        this.checks = checks;
        this.updates = updates;
        this.jobRunner = jobRunner;
    }

    /**
     * Shares the images with the projects. Before the job starts: the caller's own project (IMG.0076), images it
     * cannot see (IMG.0027), does not own (IMG.0106) or may not share (see {@link SharingRules#requireShareable}).
     * In the job: projects unknown in this region (IMG.0108), member limits (IMG.0088), and an injected failure of
     * the member addition (IMG.0112).
     */
    public Uni<Job> addMembers(Caller caller, List<String> imageIds, List<String> projectIds) {
        SharingRules.requireNotSelf(caller, projectIds);

        return checks.findShareableImages(caller, imageIds, ImsError.IMAGE_OWNED_BY_OTHER_TENANT)
                .chain(images -> jobRunner.submit(caller.projectId(), JobType.ADD_IMAGE_MEMBERS, Map.of(),
                        () -> addInJob(caller, ids(images), projectIds), NOTHING_TO_UNDO));
    }

    private Uni<JobOutcome> addInJob(Caller caller, List<String> imageIds, List<String> projectIds) {
        return checks.requireProjectsInRegion(projectIds, caller.region())
                .chain(() -> updates.addMembers(caller.projectId(), imageIds, projectIds))
                .invoke(added -> Log.infof("Images %s shared with projects %s by project %s (%d new members)",
                        imageIds, projectIds, caller.projectId(), added.size()))
                .map(added -> results(imageIds, projectIds));
    }

    /**
     * Accepts or rejects images shared with the caller's project. Before the job starts: {@code projectId} must be
     * the caller's project (IMG.0030), each image must be visible (IMG.0027) and shared with it (IMG.0026), and
     * accepting a CBR full-ECS image needs a vault. In the job: a membership ended meanwhile (IMG.0144).
     */
    public Uni<Job> updateMemberStatus(Caller caller, List<String> imageIds, String projectId, MemberStatus status,
            String vaultId) {
        if (!caller.projectId().equals(projectId)) {
            throw ImsError.PROJECT_OR_TOKEN_INVALID.exception("project_id " + projectId + " is not the caller's "
                    + "project " + caller.projectId());
        }

        return checks.findImagesSharedWith(caller, imageIds)
                .invoke(images -> SharingChecks.requireVault(images, status, vaultId))
                .chain(images -> jobRunner.submit(caller.projectId(), JobType.UPDATE_IMAGE_MEMBERS, Map.of(),
                        () -> updateInJob(ids(images), projectId, status), NOTHING_TO_UNDO));
    }

    private Uni<JobOutcome> updateInJob(List<String> imageIds, String projectId, MemberStatus status) {
        return updates.updateStatus(imageIds, projectId, status)
                .invoke(updated -> Log.infof("Project %s %s images %s", projectId, status.wireValue(), imageIds))
                .map(updated -> results(imageIds, List.of(projectId)));
    }

    /**
     * Stops sharing the images with the projects. Before the job starts: images the caller cannot see (IMG.0027)
     * or does not own (IMG.0106). Projects that are not members are skipped. In the job: an injected failure of the
     * member removal (IMG.0113).
     */
    public Uni<Job> removeMembers(Caller caller, List<String> imageIds, List<String> projectIds) {
        return checks.findOwnedImages(caller, imageIds, ImsError.IMAGE_OWNED_BY_OTHER_TENANT)
                .chain(images -> jobRunner.submit(caller.projectId(), JobType.DELETE_IMAGE_MEMBERS, Map.of(),
                        () -> removeInJob(caller, ids(images), projectIds), NOTHING_TO_UNDO));
    }

    private Uni<JobOutcome> removeInJob(Caller caller, List<String> imageIds, List<String> projectIds) {
        return updates.removeMembers(caller.projectId(), imageIds, projectIds)
                .invoke(removed -> Log.infof("Images %s no longer shared with projects %s by project %s (%d "
                        + "members removed)", imageIds, projectIds, caller.projectId(), removed.size()))
                .map(removed -> results(imageIds, projectIds));
    }

    private static List<String> ids(List<Image> images) {
        return images.stream().map(Image::id).toList();
    }

    /** Builds the job's {@code entities.results}: one {@code success} entry per image and project. */
    private static JobOutcome results(List<String> imageIds, List<String> projectIds) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (String imageId : imageIds) {
            for (String projectId : projectIds) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("image_id", imageId);
                result.put("project_id", projectId);
                result.put("status", "success");
                results.add(result);
            }
        }
        return JobOutcome.of(Map.of("results", results));
    }
}
