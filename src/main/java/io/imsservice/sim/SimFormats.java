package io.imsservice.sim;

import java.util.List;

/** Patterns the simulation API checks its fields against. */
final class SimFormats {
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String UUID_MESSAGE = "must be a lowercase UUID";
    static final String IAM_ID = "[0-9a-f]{32}";
    static final String IAM_ID_MESSAGE = "must be 32 lowercase hex digits";
    static final String LOWER_WORD = "[a-z][a-z0-9_-]{0,63}";
    static final String SERVER_STATUS = "ACTIVE|SHUTOFF|BUILD|REBOOT|HARD_REBOOT|REBUILD|MIGRATING|RESIZE"
            + "|VERIFY_RESIZE|REVERT_RESIZE|ERROR|DELETED|SHELVED|SHELVED_OFFLOADED|UNKNOWN";
    static final String DISK_STATUS = "creating|available|in-use|error|attaching|detaching|backing-up"
            + "|restoring-backup|error_restoring|uploading|downloading|extending|error_extending|deleting"
            + "|error_deleting|rollbacking|error_rollbacking|awaiting-transfer|retyping|maintenance";
    static final String VOLUME_TYPE = "SATA|SAS|SSD|GPSSD|GPSSD2|ESSD|ESSD2|DESS|DSS";

    /** Formats an object can have: the image file formats IMS reads, and {@code other} for any other file. */
    static final List<String> OBJECT_FORMATS = List.of("qcow2", "vhd", "vhdx", "vmdk", "raw", "zvhd", "zvhd2",
            "qed", "vdi", "qcow", "iso", "other");
    static final String OBJECT_FORMAT = "qcow2|vhd|vhdx|vmdk|raw|zvhd|zvhd2|qed|vdi|qcow|iso|other";
    /** OBS bucket names: 3 to 63 lowercase letters, digits, hyphens and periods, starting and ending alphanumeric. */
    static final String BUCKET_NAME = "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]";
    static final String BUCKET_NAME_MESSAGE = "must be 3 to 63 lowercase letters, digits, hyphens and periods, "
            + "starting and ending with a letter or digit";
    static final String BACKUP_PROVIDER = "CSBS|CBR";
    static final String BACKUP_STATUS = "available|protecting|creating|restoring|deleting|error";

    private SimFormats() {
    }
}
