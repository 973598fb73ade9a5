package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.IdentityPort;
import io.imsservice.cloud.IdentityPort.Agency;
import io.imsservice.cloud.IdentityPort.Project;
import io.imsservice.domain.Caller;
import io.imsservice.domain.ImsSettings;
import io.imsservice.domain.eps.EnterpriseProjects;
import io.imsservice.domain.job.InFlightLimiter.Permit;
import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobFlowControl;
import io.imsservice.domain.job.JobOutcome;
import io.imsservice.domain.job.JobRunner;
import io.imsservice.domain.job.JobType;
import io.imsservice.store.ImageStore;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copies a private image to a project of the caller's account in another region: POST
 * /v1/cloudimages/{image_id}/cross_region_copy. The new image is stored with the target region's marker, so only
 * callers of the target project see it. The job belongs to the submitting project in the source region.
 */
@ApplicationScoped
public class CrossRegionCopy {
    /**
     * Largest {@code __image_size} that IMS copies across regions, in bytes.
     *
     * <p>NOTE: the IMS documentation gives the limit as 128 GB without saying whether it means GiB. This emulator
     * reads it as 128 GiB and accepts an image of exactly that size.
     */
    public static final long MAX_IMAGE_SIZE_BYTES = 128L * 1024 * 1024 * 1024;
    /** {@code virtual_env_type} of an image created from an ISO file, which IMS does not copy across regions. */
    static final String ISO_IMAGE_TYPE = "IsoImage";

    private final ImageStore images;
    private final ImageAccess access;
    private final IdentityPort identity;
    private final ImageFactory factory;
    private final ImageRegistration registration;
    private final JobRunner jobRunner;
    private final JobFlowControl flowControl;
    private final ImsSettings settings;
    private final EnterpriseProjects enterpriseProjects;

    public CrossRegionCopy(ImageStore images, ImageAccess access, IdentityPort identity, ImageFactory factory,
            ImageRegistration registration, JobRunner jobRunner, JobFlowControl flowControl, ImsSettings settings,
            EnterpriseProjects enterpriseProjects) {
        this.enterpriseProjects = enterpriseProjects;
        this.images = images;
        this.access = access;
        this.identity = identity;
        this.factory = factory;
        this.registration = registration;
        this.jobRunner = jobRunner;
        this.flowControl = flowControl;
        this.settings = settings;
    }

    /**
     * Validates the enterprise project against EPS (IMG.0155, IMG.0156), the target region, project and agency and
     * the source image. Then it reserves a cross-region copy slot (IMG.0149) and a job slot (IMG.0060) of the
     * caller's project, registers the new image in the target project and starts the copy job. Every check runs before anything is stored, so a rejected request creates nothing.
     */
    public Uni<Job> copyImageCrossRegion(Caller caller, String imageId, CrossRegionCopyRequest request) {
        requireTargetNamed(request);
        if (request.region().equals(caller.region())) {
            throw ImsError.CROSS_REGION_COPY_SAME_REGION.exception(request.region());
        }

        return enterpriseProjects.requireBindable(caller, request.image().enterpriseProjectId())
                .chain(() -> identity.listRegions())
                .invoke(regions -> requireKnownRegion(regions, request.region()))
                .chain(() -> findTargetProject(caller, request))
                .chain(target -> findOwnImage(caller, imageId)
                        .invoke(source -> requireCopyable(source, request))
                        .chain(source -> startCopy(caller, source, target, request)));
    }

    /** Rejects a missing target field with the code of a wrong value: IMG.0147, IMG.0145 or IMG.0151. */
    private static void requireTargetNamed(CrossRegionCopyRequest request) {
        if (isBlank(request.region())) {
            throw ImsError.REGION_INVALID.exception("region is missing");
        }
        if (isBlank(request.projectName())) {
            throw ImsError.PROJECT_NAME_INVALID.exception("project_name is missing");
        }
        if (isBlank(request.agencyName())) {
            throw ImsError.AGENCY_PERMISSION_MISSING.exception("agency_name is missing");
        }
    }

    private static void requireKnownRegion(List<String> regions, String region) {
        if (!regions.contains(region)) {
            throw ImsError.REGION_INVALID.exception(region);
        }
    }

    /** Returns the image, which must be visible to the caller (IMG.0144) and owned by its project (IMG.0106). */
    private Uni<Image> findOwnImage(Caller caller, String imageId) {
        return images.findById(imageId)
                .map(found -> found
                        .filter(image -> access.canSee(caller, image))
                        .orElseThrow(() -> ImsError.IMAGE_NOT_FOUND.exception(imageId)))
                .invoke(image -> {
                    if (!image.isOwnedBy(caller.projectId())) {
                        throw ImsError.IMAGE_OWNED_BY_OTHER_TENANT.exception(imageId + " of " + image.owner());
                    }
                });
    }

    /**
     * Checks the rules on the source image, in this order: active (IMG.0046), not from an ISO file (IMG.0105), not
     * encrypted (IMG.0143), at most {@link #MAX_IMAGE_SIZE_BYTES} (IMG.0146), and for a full-ECS image a vault
     * (IMG.0130), a backup no longer confined to one AZ (IMG.0152) and not yet replicated to the region (IMG.0150).
     */
    private static void requireCopyable(Image source, CrossRegionCopyRequest request) {
        if (source.status() != ImageStatus.ACTIVE) {
            throw ImsError.IMAGE_UNAVAILABLE.exception(source.status().wireValue());
        }
        if (ISO_IMAGE_TYPE.equals(source.property(ImageAttributes.VIRTUAL_ENV_TYPE))) {
            throw ImsError.OPERATION_NOT_SUPPORTED.exception("ISO image " + source.id());
        }
        if (!isBlank(source.property(ImageAttributes.SYSTEM_CMK_ID))) {
            throw ImsError.CROSS_REGION_COPY_ENCRYPTED.exception(source.id());
        }
        long sizeBytes = sizeBytes(source);
        if (sizeBytes > MAX_IMAGE_SIZE_BYTES) {
            throw ImsError.CROSS_REGION_IMAGE_TOO_LARGE.exception(sizeBytes + " bytes");
        }
        if (source.isWholeImage()) {
            requireCopyableWholeImage(source, request);
        }
    }

    private static void requireCopyableWholeImage(Image source, CrossRegionCopyRequest request) {
        if (isBlank(request.vaultId())) {
            throw ImsError.WHOLE_IMAGE_EXPORT_OR_COPY_REJECTED.exception("vault_id is missing");
        }
        if (source.backupAvailabilityZone() != null) {
            throw ImsError.WHOLE_IMAGE_AZ_ONLY.exception(source.backupAvailabilityZone());
        }
        if (source.backupReplicaRegions().contains(request.region())) {
            throw ImsError.WHOLE_IMAGE_BACKUP_ALREADY_REPLICATED.exception(request.region());
        }
    }

    /**
     * Returns the project of the caller's account with the requested name in the target region (IMG.0145), after
     * checking that the agency grants IMS rights there (IMG.0151).
     */
    private Uni<Project> findTargetProject(Caller caller, CrossRegionCopyRequest request) {
        return identity.findProjectByName(caller.domainId(), request.projectName())
                .map(found -> found
                        .filter(project -> project.region().equals(request.region()))
                        .orElseThrow(() -> ImsError.PROJECT_NAME_INVALID.exception(
                                request.projectName() + " in " + request.region())))
                .call(project -> identity.findAgency(caller.domainId(), request.agencyName())
                        .invoke(agency -> requireRights(agency, request.agencyName(), project)));
    }

    private static void requireRights(Optional<Agency> agency, String agencyName, Project project) {
        boolean granted = agency
                .map(found -> found.grantsImsRightsIn(project.id()))
                .orElse(false);
        if (!granted) {
            throw ImsError.AGENCY_PERMISSION_MISSING.exception(agencyName + " in project " + project.id());
        }
    }

    /** Takes the copy slot and then the job slot, and gives both back if the copy does not start. */
    private Uni<Job> startCopy(Caller caller, Image source, Project target, CrossRegionCopyRequest request) {
        return Uni.createFrom().item(() -> reserveCopySlot(caller))
                .chain(copySlot -> jobRunner.reserveSlot(caller.projectId())
                        .chain(jobSlot -> registerAndSubmit(source, target, request, copySlot, jobSlot)
                                .onFailure().invoke(jobSlot::release)
                                .onCancellation().invoke(jobSlot::release))
                        .onFailure().invoke(copySlot::release)
                        .onCancellation().invoke(copySlot::release));
    }

    private Permit reserveCopySlot(Caller caller) {
        return flowControl.acquireTypeSlot(caller.projectId(), JobType.CROSS_REGION_COPY_IMAGE,
                settings.crossRegion().maxInFlight(), ImsError.CROSS_REGION_COPY_LIMIT_EXCEEDED);
    }

    private Uni<Job> registerAndSubmit(Image source, Project target, CrossRegionCopyRequest request, Permit copySlot,
            Permit jobSlot) {
        Image copy = factory.crossRegionCopy(source, request.image(), target.id(), target.region());
        // The work releases the copy slot. An injected task failure ends the job before the work runs, so the
        // compensation releases it too; a second release has no effect.
        return registration.register(target.id(), copy)
                .chain(registered -> jobRunner.submit(jobSlot, JobType.CROSS_REGION_COPY_IMAGE,
                        Map.of("image_name", registered.name()),
                        () -> finishCopy(source, registered, target.region())
                                .eventually(copySlot::release),
                        failure -> registration.markKilled(registered.id())
                                .invoke(copySlot::release))
                        .onFailure().call(() -> registration.discard(registered.id())))
                .invoke(job -> Log.infof("Cross-region copy job %s copies image %s to image %s in project %s",
                        job.id(), source.id(), copy.id(), target.id()));
    }

    /** Activates the copy with the source's size and records the backup replica of a full-ECS image. */
    private Uni<JobOutcome> finishCopy(Image source, Image copy, String targetRegion) {
        return registration.activate(copy.id(), sizeBytes(source))
                .call(active -> source.isWholeImage()
                        ? recordBackupReplica(source.id(), targetRegion)
                        : Uni.createFrom().voidItem())
                .map(active -> JobOutcome.of(Map.of("image_id", active.id(), "image_name", active.name())));
    }

    private Uni<Void> recordBackupReplica(String sourceId, String targetRegion) {
        return images.update(sourceId, image -> {
            image.backupReplicaRegions().add(targetRegion);
            return image;
        })
                .replaceWithVoid();
    }

    private static long sizeBytes(Image image) {
        String size = image.property(ImageAttributes.IMAGE_SIZE);
        try {
            return size == null ? 0 : Long.parseLong(size);
        } catch (NumberFormatException notNumber) {
            return 0;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
