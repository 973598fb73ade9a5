package io.imsservice.domain.image.copy;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.eps.EnterpriseProjects;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAttributes;
import io.imsservice.domain.image.ImageFactory;
import io.imsservice.domain.image.ImageJobs;
import io.imsservice.domain.image.ImageJobs.Effects;
import io.imsservice.domain.image.ImageJobs.NewImage;
import io.imsservice.domain.image.ImageOwnership;
import io.imsservice.domain.image.ImageRegistration;
import io.imsservice.domain.image.ImageStatus;
import io.imsservice.domain.image.VirtualEnvType;
import io.imsservice.domain.job.InFlightLimiter.Permit;
import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobType;
import io.imsservice.domain.kms.EncryptionKeys;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Copies a private image into a new private image of the same project: POST /v1/cloudimages/{image_id}/copy. The
 * copy counts against the private image quota, keeps the source's attributes and is encrypted with exactly the key
 * that the request gives, or not at all.
 */
@ApplicationScoped
public class InRegionCopy {
    /** Attributes that describe the copy itself rather than its source, so the copy does not take their values. */
    private static final Set<String> OWN_ATTRIBUTES = Set.of(ImageAttributes.IMAGE_TYPE, ImageAttributes.DESCRIPTION,
            ImageAttributes.ENTERPRISE_PROJECT_ID, ImageAttributes.IMAGE_SIZE, ImageAttributes.SYSTEM_CMK_ID,
            ImageAttributes.ORIGINAL_IMAGE_NAME, ImageAttributes.IS_REGISTERED);

    private final ImageOwnership ownership;
    private final EnterpriseProjects enterpriseProjects;
    private final EncryptionKeys encryptionKeys;
    private final ImageFactory factory;
    private final ImageRegistration registration;
    private final ImageJobs imageJobs;

    public InRegionCopy(ImageOwnership ownership, EnterpriseProjects enterpriseProjects,
            EncryptionKeys encryptionKeys, ImageFactory factory, ImageRegistration registration,
            ImageJobs imageJobs) {
        this.ownership = ownership;
        this.enterpriseProjects = enterpriseProjects;
        this.encryptionKeys = encryptionKeys;
        this.factory = factory;
        this.registration = registration;
        this.imageJobs = imageJobs;
    }

    /**
     * Checks the source image, the enterprise project and the KMS keys, reserves the copy within quota (IMG.0009,
     * IMG.0015), and starts the {@code imsCopyImageInRegionJob} that finishes it.
     */
    public Uni<Job> copyImageInRegion(Caller caller, String imageId, InRegionCopyRequest request) {
        return ownership.findImage(caller, imageId)
                .invoke(source -> requireCopyable(caller, source, request))
                .call(() -> enterpriseProjects.requireBindable(caller, request.image().enterpriseProjectId()))
                .call(source -> requireKeys(caller, source, request.cmkId()))
                .chain(source -> imageJobs.inJobSlot(caller, slot -> registerAndSubmit(caller, source, request, slot)));
    }

    /** Registers the copy and starts its job; a refused submission removes the copy again. */
    private Uni<Job> registerAndSubmit(Caller caller, Image source, InRegionCopyRequest request, Permit slot) {
        return registration.register(caller, newCopy(caller, source, request))
                .chain(copy -> imageJobs.submit(slot, JobType.COPY_IMAGE_IN_REGION,
                                new NewImage(copy, sizeBytes(source)), Effects.NONE)
                        .onFailure().call(() -> registration.discard(copy.id())));
    }

    /**
     * Checks, in this order: the caller owns the source (IMG.0047, IMG.0106), which is active (IMG.0046), not a
     * full-ECS image (IMG.0130) and not an ISO image (IMG.0105). Then the requested key must differ from the
     * source's (IMG.0096).
     */
    private void requireCopyable(Caller caller, Image source, InRegionCopyRequest request) {
        ownership.requireOwner(caller, source);
        if (source.status() != ImageStatus.ACTIVE) {
            throw ImsError.IMAGE_UNAVAILABLE.exception(source.id() + " is " + source.status().wireValue());
        }
        if (Boolean.parseBoolean(source.property(ImageAttributes.WHOLE_IMAGE))) {
            throw ImsError.WHOLE_IMAGE_EXPORT_OR_COPY_REJECTED.exception(source.id());
        }
        // IMS does not copy ISO images within a region, and the documented table has no copy code for them, so the
        // emulator uses the generic code of an unsupported operation.
        if (VirtualEnvType.ISO_IMAGE.wireValue().equals(source.property(ImageAttributes.VIRTUAL_ENV_TYPE))) {
            throw ImsError.OPERATION_NOT_SUPPORTED.exception("copy of ISO image " + source.id());
        }
        String sourceKey = source.property(ImageAttributes.SYSTEM_CMK_ID);
        if (sourceKey != null && sourceKey.equals(request.cmkId())) {
            throw ImsError.KMS_KEY_SAME_AS_IMAGE_KEY.exception("key " + sourceKey);
        }
    }

    /**
     * Checks the source's key, which the copy must decrypt (IMG.0101, IMG.0103, IMG.0102), and then the requested
     * key (IMG.0095, IMG.0099, IMG.0097, IMG.0100).
     */
    private Uni<Void> requireKeys(Caller caller, Image source, String cmkId) {
        String sourceKey = source.property(ImageAttributes.SYSTEM_CMK_ID);
        Uni<Void> checked = sourceKey == null || sourceKey.isEmpty()
                ? Uni.createFrom().voidItem()
                : encryptionKeys.requireUsableOriginalKey(caller, sourceKey).replaceWithVoid();
        if (cmkId == null) {
            return checked;
        }
        return checked.chain(() -> encryptionKeys.requireUsableKey(caller, cmkId))
                .replaceWithVoid();
    }

    /** Builds the copy: a new private image with the request's fields and the source's other attributes. */
    private Image newCopy(Caller caller, Image source, InRegionCopyRequest request) {
        Image copy = factory.newPrivateImage(caller, request.image())
                .status(ImageStatus.SAVING)
                .diskFormat(source.diskFormat())
                .containerFormat(source.containerFormat())
                .minDisk(source.minDisk())
                .minRam(source.minRam());
        source.properties().forEach((key, value) -> {
            if (!OWN_ATTRIBUTES.contains(key)) {
                copy.property(key, value);
            }
        });
        return copy.property(ImageAttributes.SYSTEM_CMK_ID, request.cmkId())
                .property(ImageAttributes.ORIGINAL_IMAGE_NAME, source.id());
    }

    /** Returns the source's {@code __image_size} in bytes, which the copy gets when its job ends, or 0. */
    private static long sizeBytes(Image source) {
        try {
            return Long.parseLong(source.property(ImageAttributes.IMAGE_SIZE));
        } catch (NumberFormatException notNumber) {
            return 0;
        }
    }
}
