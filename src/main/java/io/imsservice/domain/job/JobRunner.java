package io.imsservice.domain.job;

import io.imsservice.catalog.ErrorCatalog;
import io.imsservice.catalog.ImsError;
import io.imsservice.catalog.ImsException;
import io.imsservice.domain.ImsSettings;
import io.imsservice.domain.fault.DependencyFaults;
import io.imsservice.domain.fault.DependencyOperation;
import io.imsservice.domain.job.InFlightLimiter.Permit;
import io.imsservice.store.JobStore;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Submits async jobs and drives them INIT → RUNNING → SUCCESS or FAIL. A job's work runs when its configured
 * duration has passed and the {@link JobGate} lets it through; with a zero duration it finishes before the submitting
 * request returns, which keeps tests deterministic.
 *
 * <p>Every job occupies a slot of its project's flow control ({@link JobFlowControl}) from submission until its work
 * ends. {@link #submit(String, String, Map, Supplier, Function)} takes the slot itself; an operation that changes
 * state before it submits reserves the slot first with {@link #reserveSlot}, so that a rejection leaves nothing
 * behind.
 */
@ApplicationScoped
public class JobRunner {
    private final JobStore jobs;
    private final JobGate gate;
    private final ImsSettings settings;
    private final ErrorCatalog catalog;
    private final JobFlowControl flowControl;
    private final DependencyFaults faults;

    public JobRunner(JobStore jobs, JobGate gate, ImsSettings settings, ErrorCatalog catalog,
            JobFlowControl flowControl, DependencyFaults faults) {
        this.jobs = jobs;
        this.gate = gate;
        this.settings = settings;
        this.catalog = catalog;
        this.flowControl = flowControl;
        this.faults = faults;
    }

    /** Creates a job id of 32 lower-case hex digits, the form IMS uses. */
    public static String newJobId() {
        UUID uuid = UUID.randomUUID();
        return HexFormat.of().toHexDigits(uuid.getMostSignificantBits())
                + HexFormat.of().toHexDigits(uuid.getLeastSignificantBits());
    }

    /**
     * Reserves one of the project's job slots for a job submitted later with {@link #submit(Permit, String, Map,
     * Supplier, Function)}. Fails with IMG.0060 when the project has as many unfinished jobs as its flow control
     * allows. The caller releases the slot if it does not submit the job after all.
     */
    public Uni<Permit> reserveSlot(String projectId) {
        return Uni.createFrom().item(() -> flowControl.acquireJobSlot(projectId));
    }

    /**
     * Takes a job slot of the project (IMG.0060 when none is free), stores a new job and schedules its work.
     *
     * @param work produces the job's entities when the job ends; failing with {@link ImsException} ends the job in
     *     FAIL with that code and its catalog message, and any other failure with IMG.0061
     * @param onFailure compensation to run when the work fails, such as marking the image killed
     */
    public Uni<Job> submit(String projectId, String type, Map<String, Object> initialEntities,
            Supplier<Uni<JobOutcome>> work, Function<Throwable, Uni<Void>> onFailure) {
        return reserveSlot(projectId)
                .chain(slot -> submit(slot, type, initialEntities, work, onFailure));
    }

    /**
     * Stores a new job of the slot's project and schedules its work. The job occupies the slot until its work ends,
     * or releases it at once if the job cannot be stored.
     *
     * <p>When the job engine rejects the submission (IMG.0018), the Uni fails and no job exists, so the caller must
     * undo what it prepared for the job; {@code onFailure} does not run then. When the job's work is due, the
     * OpenStack task (IMG.0014) and IMS's own processing (IMG.0061) may fail before the work runs, and the job then
     * ends in FAIL like a failed work. The work is then never called, so {@code onFailure} must also release what
     * the work would have released.
     *
     * @param work produces the job's entities when the job ends; failing with {@link ImsException} ends the job in
     *     FAIL with that code and its catalog message, and any other failure with IMG.0061
     * @param onFailure compensation to run when the work fails, such as marking the image killed
     */
    public Uni<Job> submit(Permit slot, String type, Map<String, Object> initialEntities,
            Supplier<Uni<JobOutcome>> work, Function<Throwable, Uni<Void>> onFailure) {
        String projectId = slot.key();
        Duration duration = settings.jobs().duration();
        Instant now = Instant.now();
        Job job = new Job()
                .id(newJobId())
                .type(type)
                .projectId(projectId)
                .status(JobStatus.INIT)
                .beginTime(now)
                .plannedEndTime(now.plus(duration));
        job.entities().putAll(initialEntities);

        Supplier<Uni<JobOutcome>> workInSlot = () -> checkTaskDependencies(projectId)
                .chain(work::get)
                .eventually(slot::release);
        Runnable finish = () -> gate.pass(() -> run(job.id(), workInSlot, onFailure));
        return faults.check(DependencyOperation.JOB_SUBMISSION, projectId)
                .chain(() -> jobs.insert(job))
                .onFailure().invoke(slot::release)
                .invoke(() -> Log.infof("Job %s (%s) submitted by project %s", job.id(), type, projectId))
                .chain(() -> duration.isZero() ? startNow(job.id(), finish) : schedule(job.id(), duration, finish))
                .chain(() -> jobs.findById(job.id()))
                .map(stored -> stored.orElse(job));
    }

    private Uni<Void> checkTaskDependencies(String projectId) {
        return faults.check(DependencyOperation.OPENSTACK_TASK, projectId)
                .chain(() -> faults.check(DependencyOperation.JOB_EXECUTION, projectId));
    }

    private Uni<Void> startNow(String jobId, Runnable finish) {
        return markRunning(jobId).invoke(finish).replaceWithVoid();
    }

    private Uni<Void> schedule(String jobId, Duration duration, Runnable finish) {
        Duration startDelay = duration.dividedBy(10);
        markRunningLater(jobId, startDelay);
        Uni.createFrom().voidItem()
                .onItem().delayIt().by(duration)
                .subscribe().with(ignored -> finish.run(), failure -> Log.errorf(failure, "Job %s timer", jobId));
        return Uni.createFrom().voidItem();
    }

    private void markRunningLater(String jobId, Duration delay) {
        Uni.createFrom().voidItem()
                .onItem().delayIt().by(delay)
                .chain(() -> markRunning(jobId))
                .subscribe().with(ignored -> { }, failure -> Log.errorf(failure, "Job %s start", jobId));
    }

    private Uni<Void> markRunning(String jobId) {
        return jobs.update(jobId, job -> job.status() == JobStatus.INIT ? job.status(JobStatus.RUNNING) : job)
                .replaceWithVoid();
    }

    private void run(String jobId, Supplier<Uni<JobOutcome>> work, Function<Throwable, Uni<Void>> onFailure) {
        markRunning(jobId)
                .chain(work::get)
                .chain(outcome -> succeed(jobId, outcome))
                .onFailure().recoverWithUni(failure -> fail(jobId, failure, onFailure))
                .subscribe().with(ignored -> { },
                        failure -> Log.errorf(failure, "Job %s could not be finished", jobId));
    }

    private Uni<Void> succeed(String jobId, JobOutcome outcome) {
        return jobs.update(jobId, job -> {
            job.entities().putAll(outcome.entities());
            return job.status(JobStatus.SUCCESS).endTime(Instant.now());
        })
                .invoke(() -> Log.infof("Job %s succeeded", jobId))
                .replaceWithVoid();
    }

    private Uni<Void> fail(String jobId, Throwable failure, Function<Throwable, Uni<Void>> onFailure) {
        ImsError error = failure instanceof ImsException ims ? ims.error() : ImsError.UNKNOWN_SYSTEM_ERROR;
        if (failure instanceof ImsException) {
            Log.infof("Job %s failed with %s: %s", jobId, error.code(), failure.getMessage());
        } else {
            Log.errorf(failure, "Job %s failed unexpectedly", jobId);
        }
        return onFailure.apply(failure)
                .onFailure().recoverWithNull()
                .chain(() -> jobs.update(jobId, job -> job.status(JobStatus.FAIL)
                        .endTime(Instant.now())
                        .errorCode(error.code())
                        .failReason(catalog.entry(error).message())))
                .replaceWithVoid();
    }
}
