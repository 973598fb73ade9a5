package io.imsservice.domain.image;

/**
 * A request to copy an image to a project of another region, after Bean Validation.
 *
 * @param image name, description and enterprise project of the new image
 * @param region id of the target region, such as {@code cn-south-1}
 * @param projectName name of the target project in that region, which is normally the region id
 * @param agencyName IAM agency that must grant IMS rights in the target project
 * @param vaultId CBR vault in the target region for the backup of a full-ECS image; required for such images only
 */
public record CrossRegionCopyRequest(NewImageRequest image, String region, String projectName, String agencyName,
        String vaultId) {
}
