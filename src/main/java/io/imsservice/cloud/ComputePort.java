package io.imsservice.cloud;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/** ECS (and BMS) servers that images are created from. */
public interface ComputePort {

    /**
     * A cloud server.
     *
     * @param status ECS status: {@code ACTIVE}, {@code SHUTOFF}, {@code BUILD}, {@code ERROR} and so on
     * @param taskState the in-progress ECS task, or {@code null} when idle
     * @param vmType virtualisation of the server: {@code kvm}, {@code xen}, {@code ironic} (BMS), or a type IMS
     *     cannot capture such as {@code container}
     * @param systemDiskId id of the system disk, or {@code null} when the server has none
     * @param dataDiskIds ids of the attached data disks
     * @param osVersion OS version string as IMS lists it, such as {@code CentOS 7.6 64bit}
     * @param backupInProgress whether a CSBS or CBR backup of the server is running
     */
    record Server(String id, String projectId, String name, String status, String taskState, String vmType,
            String systemDiskId, List<String> dataDiskIds, String availabilityZone, String osVersion,
            String architecture, boolean backupInProgress) {
    }

    Uni<Optional<Server>> findServer(String serverId);

    /** Sets the server's in-progress task, or clears it with {@code null}, as ECS does while an image is captured. */
    Uni<Void> setTaskState(String serverId, String taskState);

    /**
     * Sets the server's task state only if the server is idle, in one atomic step, so that two requests cannot both
     * start a task. Returns whether this call set it.
     */
    Uni<Boolean> claimTask(String serverId, String taskState);

    /**
     * Marks that a CSBS or CBR backup of the server is running, as while a full-ECS image is made of it, or that it
     * ended. The check and the change are one atomic step. The result is whether this call changed the flag, so of
     * two requests that start a backup exactly one gets {@code true}.
     */
    Uni<Boolean> setBackupInProgress(String serverId, boolean backupInProgress);
}
