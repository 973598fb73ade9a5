package io.imsservice.domain.image.whole;

import io.imsservice.domain.image.NewImageRequest;

/**
 * A request to create a full-ECS image, which contains the system disk and every data disk of a server:
 * POST /v1/cloudimages/wholeimages/action.
 *
 * @param instanceId server to back up and make the image of, or {@code null}
 * @param backupId CSBS or CBR backup to make the image of, or {@code null}
 * @param wholeImageType {@code CSBS} or {@code CBR}: the service that keeps {@code backupId}; {@code null} for CSBS
 * @param vaultId CBR vault that keeps the backup made of {@code instanceId}; {@code null} for a CSBS backup
 */
public record WholeImageRequest(NewImageRequest image, String instanceId, String backupId, String wholeImageType,
        String vaultId) {
}
