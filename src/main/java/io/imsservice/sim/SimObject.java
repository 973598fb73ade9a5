package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.imsservice.cloud.ObjectStoragePort;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A simulated OBS object as the simulation API reads and writes it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "SimulatedObject", description = "Object in an OBS bucket of the simulated cloud")
public record SimObject(
        @Schema(description = "Object key, unique in the bucket; may contain slashes", required = true,
                examples = "centos/centos-7.6.qcow2")
        @NotBlank(message = "is required")
        @Size(max = 1024, message = "must be at most 1024 characters")
        String key,

        @Schema(description = "Size in bytes; 0 for an empty file", required = true, examples = "1879048192")
        @NotNull(message = "is required")
        @Min(value = 0, message = "must not be negative")
        Long sizeBytes,

        @Schema(description = "Image file format, or other for a file that is no disk image", required = true,
                examples = "qcow2")
        @NotNull(message = "is required")
        @Pattern(regexp = SimFormats.OBJECT_FORMAT, message = "must be one of " + SimFormats.OBJECT_FORMAT)
        String format,

        @Schema(description = "Key of the bitmap file next to a raw file, which quick import needs",
                examples = "quick/disk.raw.bitmap")
        @Size(min = 1, max = 1024, message = "must be 1 to 1024 characters")
        String bitmapKey) {

    static SimObject of(ObjectStoragePort.StoredObject object) {
        return new SimObject(object.key(), object.sizeBytes(), object.format(), object.bitmapKey());
    }
}
