package io.imsservice.domain.image.whole;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.BackupPort;
import io.imsservice.domain.Caller;
import io.imsservice.domain.job.Job;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Creates full-ECS images: POST /v1/cloudimages/wholeimages/action, from a server or from a backup. */
@ApplicationScoped
public class WholeImageCreation {
    private final WholeImageFromServer fromServer;
    private final WholeImageFromBackup fromBackup;

    public WholeImageCreation(WholeImageFromServer fromServer, WholeImageFromBackup fromBackup) {
        this.fromServer = fromServer;
        this.fromBackup = fromBackup;
    }

    /**
     * Picks the source: {@code instance_id} and {@code backup_id} together fail with IMG.0021. A request with
     * {@code backup_id} or {@code whole_image_type} is for a backup, and an empty backup id fails with IMG.0019.
     * Any other request is for a server, and an empty server id fails with IMG.0012.
     */
    public Uni<Job> createWholeImage(Caller caller, WholeImageRequest request) {
        if (request.instanceId() != null && request.backupId() != null) {
            throw ImsError.RESOURCE_TYPE_UNKNOWN.exception("instance_id and backup_id");
        }
        if (request.backupId() != null || request.wholeImageType() != null && request.instanceId() == null) {
            if (request.backupId() == null || request.backupId().isBlank()) {
                throw ImsError.BACKUP_ID_MISSING.exception();
            }
            return fromBackup.createWholeImage(caller, request, provider(request.wholeImageType()));
        }
        if (request.instanceId() == null || request.instanceId().isBlank()) {
            throw ImsError.SERVER_ID_MISSING.exception();
        }
        return fromServer.createWholeImage(caller, request);
    }

    private static String provider(String wholeImageType) {
        if (wholeImageType == null) {
            return BackupPort.CSBS;
        }
        if (!wholeImageType.equals(BackupPort.CSBS) && !wholeImageType.equals(BackupPort.CBR)) {
            throw ImsError.CREATION_TYPE_INVALID.exception("whole_image_type " + wholeImageType);
        }
        return wholeImageType;
    }
}
