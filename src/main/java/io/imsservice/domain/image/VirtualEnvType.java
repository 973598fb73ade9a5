package io.imsservice.domain.image;

import java.util.Optional;

/** The {@code virtual_env_type} of an image: the kind of server or disk that the image is for. */
public enum VirtualEnvType {
    /** A system-disk image for ECSs. */
    FUSION_COMPUTE("FusionCompute"),
    /** A system-disk image for BMSs. */
    IRONIC("Ironic"),
    /** An image of an ISO file, used to install an OS on an ECS. */
    ISO_IMAGE("IsoImage"),
    /** A data-disk image. */
    DATA_IMAGE("DataImage");

    private final String wireValue;

    VirtualEnvType(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    /**
     * Maps the {@code type} field of a creation request: {@code ECS} and {@code FusionCompute},
     * {@code BMS} and {@code Ironic}, {@code IsoImage}, {@code DataImage}. Returns empty for any other value.
     */
    public static Optional<VirtualEnvType> fromRequestType(String type) {
        return Optional.ofNullable(switch (type) {
            case "ECS", "FusionCompute" -> FUSION_COMPUTE;
            case "BMS", "Ironic" -> IRONIC;
            case "IsoImage" -> ISO_IMAGE;
            case "DataImage" -> DATA_IMAGE;
            default -> null;
        });
    }
}
