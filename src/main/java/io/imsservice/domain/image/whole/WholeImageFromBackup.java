package io.imsservice.domain.image.whole;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.BackupPort;
import io.imsservice.cloud.BackupPort.Backup;
import io.imsservice.domain.Caller;
import io.imsservice.domain.eps.EnterpriseProjects;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageJobs;
import io.imsservice.domain.image.ImageJobs.Effects;
import io.imsservice.domain.image.ImageJobs.NewImage;
import io.imsservice.domain.image.ImageRegistration;
import io.imsservice.domain.job.InFlightLimiter.Permit;
import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Creates a full-ECS image from a CSBS or CBR backup, which it is then registered as: a backup can become one image
 * only.
 *
 * <p>IMS documents two sets of codes for the same backup rules: IMG.0127, IMG.0133, IMG.0132 and IMG.0134 name
 * CSBS backups, and IMG.0020, IMG.0032 and IMG.0029 name backups in general. The emulator uses the first set for CSBS
 * backups and the second for CBR backups. A CBR backup of another project counts as not found, because only
 * the CSBS set has a code for a backup the caller may not access.
 */
@ApplicationScoped
public class WholeImageFromBackup {
    private final EnterpriseProjects enterpriseProjects;
    private final BackupPort backups;
    private final WholeImageFactory factory;
    private final ImageRegistration registration;
    private final ImageJobs imageJobs;

    public WholeImageFromBackup(EnterpriseProjects enterpriseProjects, BackupPort backups, WholeImageFactory factory,
            ImageRegistration registration, ImageJobs imageJobs) {
        this.enterpriseProjects = enterpriseProjects;
        this.backups = backups;
        this.factory = factory;
        this.registration = registration;
        this.imageJobs = imageJobs;
    }

    /**
     * Checks the enterprise project and the backup, and reserves a job slot. Then it registers the backup as the
     * new image in one atomic step, so that of concurrent requests for one backup exactly one goes on, reserves the
     * image within quota and starts the {@code imsCreateWholeImageByBackupJob}.
     */
    Uni<Job> createWholeImage(Caller caller, WholeImageRequest request, String provider) {
        return enterpriseProjects.requireBindable(caller, request.image().enterpriseProjectId())
                .chain(() -> backups.findBackup(request.backupId()))
                .map(found -> requireUsableBackup(caller, request.backupId(), provider, found))
                .chain(backup -> imageJobs.inJobSlot(caller,
                        slot -> register(caller, factory.fromBackup(caller, request.image(), backup), backup, slot)));
    }

    /** Checks the backup by the rules of its service; a backup of the other service counts as not found. */
    private static Backup requireUsableBackup(Caller caller, String backupId, String provider,
            Optional<Backup> found) {
        Optional<Backup> ofProvider = found.filter(backup -> backup.provider().equals(provider));
        return BackupPort.CSBS.equals(provider)
                ? requireUsableCsbsBackup(caller, backupId, ofProvider)
                : requireUsableCbrBackup(caller, backupId, ofProvider);
    }

    /** Checks a CSBS backup: it exists (IMG.0127), is the caller's (IMG.0133), available (IMG.0132), unused. */
    private static Backup requireUsableCsbsBackup(Caller caller, String backupId, Optional<Backup> found) {
        Backup backup = found.orElseThrow(() -> ImsError.CSBS_BACKUP_NOT_FOUND.exception(backupId));
        if (!backup.projectId().equals(caller.projectId())) {
            throw ImsError.CSBS_BACKUP_ACCESS_DENIED.exception(backupId + " of project " + backup.projectId());
        }
        if (!BackupPort.AVAILABLE.equals(backup.status())) {
            throw ImsError.CSBS_BACKUP_STATE_INVALID.exception(backupId + " is " + backup.status());
        }
        if (backup.registered()) {
            throw ImsError.CSBS_BACKUP_ALREADY_REGISTERED.exception(backupId + " is image " + backup.imageId());
        }
        return requireSystemDisk(backup);
    }

    /** Checks a CBR backup: it is one of the caller's (IMG.0020), available (IMG.0032) and unused (IMG.0029). */
    private static Backup requireUsableCbrBackup(Caller caller, String backupId, Optional<Backup> found) {
        Backup backup = found
                .filter(candidate -> candidate.projectId().equals(caller.projectId()))
                .orElseThrow(() -> ImsError.BACKUP_NOT_FOUND.exception(backupId));
        if (!BackupPort.AVAILABLE.equals(backup.status())) {
            throw ImsError.BACKUP_UNAVAILABLE.exception(backupId + " is " + backup.status());
        }
        if (backup.registered()) {
            throw ImsError.BACKUP_ALREADY_USED.exception(backupId + " is image " + backup.imageId());
        }
        return requireSystemDisk(backup);
    }

    /** Checks that the backup contains a system disk, which every image needs (IMG.0033). */
    private static Backup requireSystemDisk(Backup backup) {
        if (!backup.hasSystemDisk()) {
            throw ImsError.BACKUP_NOT_SYSTEM_DISK.exception(backup.id());
        }
        return backup;
    }

    private Uni<Job> register(Caller caller, Image image, Backup backup, Permit slot) {
        Effects releaseBackup = new Effects(() -> Uni.createFrom().voidItem(),
                failure -> backups.unregisterImage(backup.id(), image.id()));

        return backups.registerImage(backup.id(), image.id())
                .invoke(registered -> {
                    if (!registered) {
                        throw alreadyUsed(backup);
                    }
                })
                .chain(() -> registration.register(caller, image)
                        .chain(registered -> imageJobs.submit(slot, JobType.CREATE_WHOLE_IMAGE_BY_BACKUP,
                                        new NewImage(registered, WholeImageFactory.sizeBytes(backup)), releaseBackup)
                                .onFailure().call(() -> registration.discard(registered.id())))
                        .onFailure().call(() -> backups.unregisterImage(backup.id(), image.id())));
    }

    private static RuntimeException alreadyUsed(Backup backup) {
        return BackupPort.CSBS.equals(backup.provider())
                ? ImsError.CSBS_BACKUP_ALREADY_REGISTERED.exception(backup.id() + " was registered concurrently")
                : ImsError.BACKUP_ALREADY_USED.exception(backup.id() + " was registered concurrently");
    }
}
