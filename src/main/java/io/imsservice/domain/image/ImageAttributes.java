package io.imsservice.domain.image;

import java.util.Set;

/** JSON names of the image attributes that the rules refer to. */
public final class ImageAttributes {
    public static final String IMAGE_TYPE = "__imagetype";
    public static final String DESCRIPTION = "__description";
    public static final String OS_VERSION = "__os_version";
    public static final String OS_TYPE = "__os_type";
    public static final String OS_BIT = "__os_bit";
    public static final String PLATFORM = "__platform";
    public static final String IMAGE_SIZE = "__image_size";
    public static final String DATA_ORIGIN = "__data_origin";
    public static final String ROOT_ORIGIN = "__root_origin";
    public static final String BACKUP_ID = "__backup_id";
    public static final String ORIGINAL_IMAGE_NAME = "__originalimagename";
    public static final String WHOLE_IMAGE = "__whole_image";
    public static final String SYSTEM_CMK_ID = "__system__cmkid";
    public static final String IS_REGISTERED = "__isregistered";
    public static final String PRODUCT_CODE = "__productcode";
    /** Charging id that an image made from a charged image carries over from it. */
    public static final String ACCOUNT_CODE = "__account_code";
    public static final String SUPPORT_KVM = "__support_kvm";
    public static final String SUPPORT_XEN = "__support_xen";
    public static final String SUPPORT_ARM = "__support_arm";
    public static final String SUPPORT_AMD = "__support_amd";
    public static final String SYSTEM_SUPPORT_MARKET = "__system_support_market";
    public static final String VIRTUAL_ENV_TYPE = "virtual_env_type";
    public static final String ENTERPRISE_PROJECT_ID = "enterprise_project_id";
    public static final String HW_FIRMWARE_TYPE = "hw_firmware_type";
    public static final String MAX_RAM = "max_ram";
    public static final String IS_CONFIG_INIT = "__is_config_init";

    /** Extension attributes that IMS returns as JSON booleans rather than strings. */
    public static final Set<String> BOOLEAN_PROPERTIES = Set.of(SYSTEM_SUPPORT_MARKET, WHOLE_IMAGE);

    private ImageAttributes() {
    }
}
