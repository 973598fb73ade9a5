package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.os.OsVersion;
import io.imsservice.domain.os.OsVersionCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Checks the OS, platform and disk-size fields of creation requests: {@code os_version}, {@code os_type},
 * {@code architecture}, {@code hw_firmware_type} and {@code min_disk}.
 */
@ApplicationScoped
public class CreationRules {
    public static final String X86 = "x86";
    public static final String ARM = "arm";
    public static final String BIOS = "bios";
    public static final String UEFI = "uefi";
    /** {@code os_type} values of system images. */
    public static final Set<String> SYSTEM_OS_TYPES = Set.of("Linux", "Windows", "Other");
    /** {@code os_type} values of data images. */
    public static final Set<String> DATA_OS_TYPES = Set.of("Linux", "Windows");

    /** Largest system disk of an image, in GiB. */
    public static final int MAX_SYSTEM_DISK_GB = 1024;
    /**
     * Largest data disk of an image, in GiB. NOTE: some versions of the IMS reference give 40 GiB rather than 1 GiB
     * as the smallest {@code min_disk} of imports; the emulator accepts 1.
     */
    public static final int MAX_DATA_DISK_GB = 2048;

    private final OsVersionCatalog osVersions;

    public CreationRules(OsVersionCatalog osVersions) {
        this.osVersions = osVersions;
    }

    /** Returns the OS version of the region's list with this {@code os_version}, or fails with IMG.0056. */
    public OsVersion requireKnownVersion(String osVersion) {
        return osVersions.find(osVersion)
                .orElseThrow(() -> ImsError.OS_VERSION_INVALID.exception("os_version " + osVersion));
    }

    /**
     * Checks {@code os_type} against the allowed values and, when the OS version is known, against its type. A
     * mismatch fails with IMG.0122.
     */
    public static void requireOsType(String osType, Set<String> allowed, OsVersion version) {
        if (osType == null) {
            return;
        }
        if (!allowed.contains(osType)) {
            throw ImsError.OS_TYPE_INVALID.exception("os_type " + osType);
        }
        if (version != null && !version.osType().equals(osType)) {
            throw ImsError.OS_TYPE_INVALID.exception("os_type " + osType + " but " + version.osVersion() + " is "
                    + version.osType());
        }
    }

    /**
     * Returns the CPU architecture of the image: the requested one, else {@code arm} for an OS version tagged
     * {@code arm}, else {@code x86}.
     */
    public static String architecture(String requested, OsVersion version) {
        if (requested == null) {
            return version != null && version.tags().contains(ARM) ? ARM : X86;
        }
        if (!requested.equals(X86) && !requested.equals(ARM)) {
            // IMS has a code for this (IMG.0212) that the documented error-code table lacks.
            throw ImsError.REQUEST_FORMAT_INVALID.exception("architecture " + requested);
        }
        return requested;
    }

    /**
     * Returns the boot firmware of the image: the requested one, else {@code uefi} on Arm and {@code bios} on x86.
     * Arm servers boot only with UEFI, so {@code bios} on Arm is rejected.
     */
    public static String firmware(String requested, String architecture) {
        if (requested == null) {
            return ARM.equals(architecture) ? UEFI : BIOS;
        }
        // IMS has a code for an invalid firmware type (IMG.0141) that the documented error-code table lacks.
        if (!requested.equals(BIOS) && !requested.equals(UEFI)) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("hw_firmware_type " + requested);
        }
        if (ARM.equals(architecture) && BIOS.equals(requested)) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("hw_firmware_type bios on arm");
        }
        return requested;
    }

    /** Checks a minimum disk size in GiB against the range an image type allows (IMG.0055). */
    public static int requireDiskSize(Integer minDisk, int max) {
        if (minDisk == null || minDisk < 1 || minDisk > max) {
            throw ImsError.MEMORY_OR_DISK_SIZE_INVALID.exception("min_disk " + minDisk);
        }
        return minDisk;
    }
}
