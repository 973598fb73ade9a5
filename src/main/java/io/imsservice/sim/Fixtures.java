package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The starting state of the simulated cloud, read from the fixtures YAML file. Every reset of the simulation goes
 * back to exactly this state.
 *
 * @param regions ids of the regions the cloud has; the service's own region ({@code ims.region}) is one of them
 * @param platformProjectId project that owns the public images
 * @param publicImages public images as image JSON objects keyed by attribute name, such as {@code __os_version}
 * @param osVersions OS versions that {@code GET /v1/cloudimages/os_version} lists
 * @param agencies IAM agencies that let IMS act in other projects of an account, as a cross-region copy does
 * @param buckets OBS buckets with the image files in them
 * @param backups CSBS and CBR server backups
 * @param kmsKeys KMS customer master keys
 * @param enterpriseProjects enterprise projects besides the default one, {@code 0}, that every account has
 */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Fixtures(List<String> regions, String platformProjectId, List<Domain> domains, List<Project> projects,
        List<User> users, List<Server> servers, List<Disk> disks, List<Map<String, Object>> publicImages,
        List<OsVersion> osVersions, List<Agency> agencies, List<Bucket> buckets, List<Backup> backups,
        List<KmsKey> kmsKeys, List<EnterpriseProject> enterpriseProjects) {

    public Fixtures {
        regions = listOf(regions);
        domains = listOf(domains);
        projects = listOf(projects);
        users = listOf(users);
        servers = listOf(servers);
        disks = listOf(disks);
        publicImages = listOf(publicImages).stream()
                .map(Collections::unmodifiableMap)
                .toList();
        osVersions = listOf(osVersions);
        agencies = listOf(agencies);
        buckets = listOf(buckets);
        backups = listOf(backups);
        kmsKeys = listOf(kmsKeys);
        enterpriseProjects = listOf(enterpriseProjects);
    }

    /** Copies a list that YAML may leave out, so that every list of the fixtures is present and unmodifiable. */
    static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    /** An account (IAM domain). */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Domain(String id, String name) {
    }

    /** A project of a domain in one region; its id has 32 lowercase hex digits as in IAM. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Project(String id, String name, String domainId, String region) {
    }

    /** An IAM user with its roles, its project-scoped tokens and its permanent access keys. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record User(String id, String name, String domainId, List<String> roles, List<Token> tokens,
            List<AccessKey> accessKeys) {

        public User {
            roles = listOf(roles);
            tokens = listOf(tokens);
            accessKeys = listOf(accessKeys);
        }
    }

    /** A fixed token string scoped to one project. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Token(String value, String projectId, Instant expiresAt) {
    }

    /** A permanent AK/SK pair. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AccessKey(String accessKeyId, String secretKey) {
    }

    /** An ECS server; the attachment of its disks is declared here and mirrored by each disk's {@code serverId}. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Server(String id, String projectId, String name, String status, String taskState, String vmType,
            String systemDiskId, List<String> dataDiskIds, String availabilityZone, String osVersion,
            String architecture, boolean backupInProgress) {

        public Server {
            dataDiskIds = listOf(dataDiskIds);
        }
    }

    /** An EVS disk. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Disk(String id, String projectId, String status, String volumeType, int sizeGb, String serverId,
            boolean bootable) {
    }

    /**
     * An entry of the OS version list.
     *
     * @param tags tags that {@code ?tag=} filters on: {@code x86}, {@code arm}, {@code bms}, {@code uefi}
     */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OsVersion(String platform, String osVersionKey, String osVersion, int osBit, String osType,
            List<String> tags) {

        public OsVersion {
            tags = listOf(tags);
        }
    }

    /**
     * An IAM agency of an account.
     *
     * @param imsProjectIds projects of the same account in which the agency grants IMS rights
     */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Agency(String name, String domainId, List<String> imsProjectIds) {

        public Agency {
            imsProjectIds = listOf(imsProjectIds);
        }
    }
    /** An OBS bucket and its objects; {@code accessible} false models a bucket policy that shuts IMS out. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Bucket(String name, String region, boolean accessible, List<BucketObject> objects) {

        public Bucket {
            objects = listOf(objects);
        }
    }

    /**
     * An object in a bucket.
     *
     * @param format image file format such as {@code qcow2} or {@code zvhd2}, or {@code other}
     * @param bitmapKey key of the bitmap file next to a raw file, for quick import
     */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BucketObject(String key, long sizeBytes, String format, String bitmapKey) {
    }

    /**
     * A CSBS or CBR backup of a server.
     *
     * @param provider {@code CSBS} or {@code CBR}
     * @param imageId image the backup is already registered as, or null
     */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Backup(String id, String projectId, String provider, String status, String vaultId,
            String serverId, String osVersion, List<BackupDisk> disks, String imageId) {

        public Backup {
            disks = listOf(disks);
        }
    }

    /** A disk in a backup; {@code bootable} marks the system disk. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BackupDisk(String volumeId, int sizeGb, boolean bootable) {
    }

    /** A KMS customer master key. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record KmsKey(String id, String projectId, String alias, boolean enabled, boolean accessible,
            boolean publicTestPermission) {
    }

    /** An enterprise project of an account. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record EnterpriseProject(String id, String domainId, String name, boolean enabled) {
    }
}
