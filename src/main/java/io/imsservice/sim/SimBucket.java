package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.imsservice.cloud.ObjectStoragePort;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A simulated OBS bucket as the simulation API reads and writes it; its objects are a sub-resource. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "SimulatedBucket", description = "OBS bucket of the simulated cloud")
public record SimBucket(
        @Schema(description = "Bucket name, unique in the cloud", required = true, examples = "ims-images")
        @NotNull(message = "is required")
        @Pattern(regexp = SimFormats.BUCKET_NAME, message = SimFormats.BUCKET_NAME_MESSAGE)
        String name,

        @Schema(description = "Region of the bucket; default the service region", examples = "cn-north-4")
        @Pattern(regexp = SimFormats.LOWER_WORD, message = "must be a region id such as cn-north-4")
        String region,

        @Schema(description = "Whether the bucket policy lets IMS read and write it; default true")
        Boolean accessible) {

    static SimBucket of(ObjectStoragePort.Bucket bucket) {
        return new SimBucket(bucket.name(), bucket.region(), bucket.accessible());
    }
}
