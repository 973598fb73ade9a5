package io.imsservice.domain.image.file;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.ObjectStoragePort.StoredObject;
import io.imsservice.domain.Caller;
import io.imsservice.domain.eps.EnterpriseProjects;
import io.imsservice.domain.image.CreationRules;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageJobs;
import io.imsservice.domain.image.ImageJobs.Effects;
import io.imsservice.domain.image.ImageJobs.NewImage;
import io.imsservice.domain.image.ImageRegistration;
import io.imsservice.domain.image.VirtualEnvType;
import io.imsservice.domain.job.InFlightLimiter.Permit;
import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobType;
import io.imsservice.domain.kms.EncryptionKeys;
import io.imsservice.domain.obs.ImageFileAddress;
import io.imsservice.domain.obs.ImageFileRules;
import io.imsservice.domain.obs.ImageFiles;
import io.imsservice.domain.os.OsVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports images from files in OBS: a system-disk image with up to three data-disk images
 * (POST /v2/cloudimages/action with {@code image_url}, and quick import), or a data-disk image alone
 * (POST /v1/cloudimages/dataimages/action, and quick import of type {@code DataImage}).
 */
@ApplicationScoped
public class FileImageImport {
    /** Most data-disk files one system-disk import may bring along. */
    public static final int MAX_DATA_FILES = 3;

    private final CreationRules rules;
    private final EnterpriseProjects enterpriseProjects;
    private final ImageFiles imageFiles;
    private final EncryptionKeys encryptionKeys;
    private final FileImageFactory factory;
    private final ImageRegistration registration;
    private final ImageJobs imageJobs;

    public FileImageImport(CreationRules rules, EnterpriseProjects enterpriseProjects, ImageFiles imageFiles,
            EncryptionKeys encryptionKeys, FileImageFactory factory, ImageRegistration registration,
            ImageJobs imageJobs) {
        this.rules = rules;
        this.enterpriseProjects = enterpriseProjects;
        this.imageFiles = imageFiles;
        this.encryptionKeys = encryptionKeys;
        this.factory = factory;
        this.registration = registration;
        this.imageJobs = imageJobs;
    }

    /**
     * Checks the request, its enterprise project, its files and its KMS key, reserves a job slot and the images
     * within quota, and starts the {@code imsImportImageJob} that imports them.
     */
    public Uni<Job> importSystemImage(Caller caller, FileImportRequest request) {
        SystemFilePlan plan = planSystemImport(request);

        return enterpriseProjects.requireBindable(caller, request.image().enterpriseProjectId())
                .chain(() -> imageFiles.requireImageFile(caller, plan.address(), plan.rules()))
                .chain(systemFile -> requireDataFiles(caller, plan.dataFiles())
                        .call(() -> requireKey(caller, request.cmkId()))
                        .chain(dataFiles -> imageJobs.inJobSlot(caller,
                                slot -> startSystemImport(caller, plan, systemFile, dataFiles, slot))));
    }

    /**
     * Checks the request, its enterprise project, its file and its KMS key, reserves a job slot and the image
     * within quota, and starts the {@code imsImportDataImageJob} that imports it.
     */
    public Uni<Job> importDataImage(Caller caller, DataFileRequest request) {
        DataFilePlan plan = planDataImport(request);

        return enterpriseProjects.requireBindable(caller, request.image().enterpriseProjectId())
                .chain(() -> imageFiles.requireImageFile(caller, plan.address(), plan.rules()))
                .call(() -> requireKey(caller, request.cmkId()))
                .chain(file -> imageJobs.inJobSlot(caller, slot -> registration.register(caller,
                                factory.dataImage(caller, plan, file, request.cmkId()))
                        .chain(image -> imageJobs.submit(slot, JobType.IMPORT_DATA_IMAGE,
                                        new NewImage(image, file.sizeBytes()), Effects.NONE)
                                .onFailure().call(() -> registration.discard(image.id())))));
    }

    /**
     * Checks what needs no other service, in this order.
     * <ul>
     * <li>the image type (IMG.0117) and the minimum disk size (IMG.0055)
     * <li>the OS version (IMG.0056, or IMG.0159 when a quick import lacks it) and the OS type (IMG.0122)
     * <li>the architecture and firmware (IMG.0001) and the encryption of a BMS image (IMG.0118)
     * <li>the number of data files (IMG.0001 for more than three)
     * <li>the file addresses (IMG.0068, IMG.0109, IMG.0121, and IMG.0123 for one given twice)
     * </ul>
     */
    private SystemFilePlan planSystemImport(FileImportRequest request) {
        VirtualEnvType envType = systemEnvType(request.type());
        int minDisk = CreationRules.requireDiskSize(request.minDisk(), CreationRules.MAX_SYSTEM_DISK_GB);
        OsVersion os = osVersion(request, envType);
        CreationRules.requireOsType(request.osType(), CreationRules.SYSTEM_OS_TYPES, os);
        String architecture = CreationRules.architecture(request.architecture(), os);
        String firmware = CreationRules.firmware(request.firmware(), architecture);
        if (envType == VirtualEnvType.IRONIC && request.cmkId() != null) {
            throw ImsError.BMS_IMAGE_ENCRYPTION_UNSUPPORTED.exception("cmk_id " + request.cmkId());
        }
        if (request.dataFiles().size() > MAX_DATA_FILES) {
            // IMS documents the limit of three data files but no code for breaking it.
            throw ImsError.REQUEST_FORMAT_INVALID.exception(request.dataFiles().size() + " data files");
        }

        ImageFileAddress address = ImageFileAddress.parse(request.imageUrl());
        List<DataFilePlan> dataFiles = request.dataFiles().stream()
                .map(this::planDataImport)
                .toList();
        requireDistinctAddresses(address, dataFiles);
        return new SystemFilePlan(request, envType, minDisk, os, request.osType(), architecture, firmware, address,
                fileRules(request.quick(), envType), dataFiles);
    }

    private static VirtualEnvType systemEnvType(String type) {
        if (type == null) {
            return VirtualEnvType.FUSION_COMPUTE;
        }
        // IMG.0024 (image type incorrect) would fit too; IMG.0117 is the code whose message names ECS and BMS.
        return VirtualEnvType.fromRequestType(type)
                .filter(envType -> envType != VirtualEnvType.DATA_IMAGE)
                .orElseThrow(() -> ImsError.IMAGE_SOURCE_TYPE_INVALID.exception("type " + type));
    }

    private OsVersion osVersion(FileImportRequest request, VirtualEnvType envType) {
        if (request.osVersion() != null) {
            return rules.requireKnownVersion(request.osVersion());
        }
        if (request.quick()) {
            throw ImsError.FAST_CREATE_OS_VERSION_REQUIRED.exception();
        }
        if (envType == VirtualEnvType.ISO_IMAGE) {
            // IMS has a code for an ISO import without os_version (IMG.0166) that the documented table lacks.
            throw ImsError.OS_VERSION_INVALID.exception("an ISO import needs os_version");
        }
        return null;
    }

    /** Checks a data-disk import: the minimum disk size (IMG.0055), the OS type (IMG.0122) and the address. */
    private DataFilePlan planDataImport(DataFileRequest request) {
        int minDisk = CreationRules.requireDiskSize(request.minDisk(), CreationRules.MAX_DATA_DISK_GB);
        CreationRules.requireOsType(request.osType(), CreationRules.DATA_OS_TYPES, null);
        ImageFileAddress address = ImageFileAddress.parse(request.imageUrl());
        String osType = request.osType() == null ? "Linux" : request.osType();
        return new DataFilePlan(request, address, minDisk, osType, fileRules(request.quick(), null));
    }

    private static ImageFileRules fileRules(boolean quick, VirtualEnvType envType) {
        if (quick) {
            return ImageFileRules.QUICK_IMPORT;
        }
        return envType == VirtualEnvType.ISO_IMAGE ? ImageFileRules.ISO_IMPORT : ImageFileRules.IMPORT;
    }

    private static void requireDistinctAddresses(ImageFileAddress systemFile, List<DataFilePlan> dataFiles) {
        Set<ImageFileAddress> seen = new HashSet<>();
        seen.add(systemFile);
        for (DataFilePlan dataFile : dataFiles) {
            if (!seen.add(dataFile.address())) {
                throw ImsError.IMAGE_FILE_ADDRESS_DUPLICATE.exception(dataFile.address().toString());
            }
        }
    }

    private Uni<List<StoredObject>> requireDataFiles(Caller caller, List<DataFilePlan> dataFiles) {
        Uni<List<StoredObject>> found = Uni.createFrom().item(new ArrayList<>());
        for (DataFilePlan dataFile : dataFiles) {
            found = found.chain(files -> imageFiles.requireImageFile(caller, dataFile.address(), dataFile.rules())
                    .map(file -> {
                        files.add(file);
                        return files;
                    }));
        }
        return found;
    }

    private Uni<Void> requireKey(Caller caller, String cmkId) {
        if (cmkId == null) {
            return Uni.createFrom().voidItem();
        }
        return encryptionKeys.requireUsableKey(caller, cmkId)
                .replaceWithVoid();
    }

    private Uni<Job> startSystemImport(Caller caller, SystemFilePlan plan, StoredObject systemFile,
            List<StoredObject> dataFiles, Permit slot) {
        List<Image> images = new ArrayList<>();
        images.add(factory.systemImage(caller, plan, systemFile, plan.request().cmkId()));
        for (int i = 0; i < dataFiles.size(); i++) {
            images.add(factory.dataImage(caller, plan.dataFiles().get(i), dataFiles.get(i), null));
        }

        return registration.registerAll(caller, images)
                .chain(registered -> {
                    NewImage system = new NewImage(registered.get(0), systemFile.sizeBytes());
                    List<NewImage> data = new ArrayList<>();
                    for (int i = 0; i < dataFiles.size(); i++) {
                        data.add(new NewImage(registered.get(i + 1), dataFiles.get(i).sizeBytes()));
                    }
                    return imageJobs.submit(slot, JobType.IMPORT_IMAGE, system, JobType.IMPORT_DATA_IMAGE, data,
                                    Effects.NONE)
                            .onFailure().call(() -> registration.discardAll(registered));
                });
    }
}
