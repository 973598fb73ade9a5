package io.imsservice.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks that fixtures are complete and consistent: ids well formed and unique, every reference resolvable, and
 * each disk attachment declared on both the server and the disk.
 */
final class FixturesValidator {

    /** IAM project and domain ids: 32 lowercase hex digits. */
    static final Pattern IAM_ID = Pattern.compile("[0-9a-f]{32}");
    /** ECS server, EVS disk and image ids: lowercase UUIDs. */
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final List<String> problems = new ArrayList<>();

    private FixturesValidator() {
    }

    /** Returns one message per broken rule, or an empty list when the fixtures are valid. */
    static List<String> validate(Fixtures fixtures, String serviceRegion) {
        FixturesValidator validator = new FixturesValidator();
        validator.checkRegions(fixtures, serviceRegion);
        validator.checkIdentity(fixtures);
        validator.checkAgencies(fixtures);
        validator.checkServersAndDisks(fixtures);
        validator.checkPublicImages(fixtures);
        validator.checkOsVersions(fixtures);
        validator.checkBuckets(fixtures);
        validator.checkBackups(fixtures);
        validator.checkKmsKeys(fixtures);
        validator.checkEnterpriseProjects(fixtures);
        return validator.problems;
    }

    private void checkRegions(Fixtures fixtures, String serviceRegion) {
        if (fixtures.regions().isEmpty()) {
            problems.add("regions is empty");
        }
        if (!fixtures.regions().contains(serviceRegion)) {
            problems.add("regions " + fixtures.regions() + " does not contain the service region " + serviceRegion
                    + " (ims.region)");
        }
        requireUnique("region", fixtures.regions(), Function.identity());
        requireMatch("platform_project_id", fixtures.platformProjectId(), IAM_ID);
    }

    private void checkIdentity(Fixtures fixtures) {
        Map<String, Fixtures.Domain> domains = requireUnique("domain", fixtures.domains(), Fixtures.Domain::id);
        for (Fixtures.Domain domain : fixtures.domains()) {
            requireMatch("domain id", domain.id(), IAM_ID);
            requireText("name of domain " + domain.id(), domain.name());
        }

        Map<String, Fixtures.Project> projects = requireUnique("project", fixtures.projects(), Fixtures.Project::id);
        Set<String> projectNames = new HashSet<>();
        for (Fixtures.Project project : fixtures.projects()) {
            if (!projectNames.add(project.domainId() + "/" + project.name())) {
                problems.add("project name " + project.name() + " is used twice in domain " + project.domainId());
            }
            requireMatch("project id", project.id(), IAM_ID);
            requireText("name of project " + project.id(), project.name());
            requireKnown("project " + project.id(), "domain", project.domainId(), domains);
            if (!fixtures.regions().contains(project.region())) {
                problems.add("project " + project.id() + " is in unknown region " + project.region());
            }
        }

        requireUnique("user", fixtures.users(), Fixtures.User::id);
        Set<String> tokens = new HashSet<>();
        Set<String> accessKeys = new HashSet<>();
        for (Fixtures.User user : fixtures.users()) {
            String name = "user " + user.name();
            requireText("name of user " + user.id(), user.name());
            requireKnown(name, "domain", user.domainId(), domains);
            if (user.roles().isEmpty()) {
                problems.add(name + " has no roles");
            }
            for (Fixtures.Token token : user.tokens()) {
                checkToken(name, user, token, projects, tokens);
            }
            for (Fixtures.AccessKey key : user.accessKeys()) {
                requireText("access_key_id of " + name, key.accessKeyId());
                requireText("secret_key of access key " + key.accessKeyId(), key.secretKey());
                if (key.accessKeyId() != null && !accessKeys.add(key.accessKeyId())) {
                    problems.add("access key " + key.accessKeyId() + " is defined twice");
                }
            }
        }
    }

    private void checkToken(String owner, Fixtures.User user, Fixtures.Token token,
            Map<String, Fixtures.Project> projects, Set<String> tokens) {
        requireText("token value of " + owner, token.value());
        if (token.value() != null && !tokens.add(token.value())) {
            problems.add("token " + token.value() + " is defined twice");
        }
        if (token.expiresAt() == null) {
            problems.add("token " + token.value() + " has no expires_at");
        }
        Fixtures.Project project = requireKnown("token " + token.value(), "project", token.projectId(), projects);
        if (project != null && !project.domainId().equals(user.domainId())) {
            problems.add("token " + token.value() + " is scoped to project " + project.id()
                    + " of another domain than its user's");
        }
    }

    private void checkAgencies(Fixtures fixtures) {
        Map<String, Fixtures.Domain> domains = index(fixtures.domains(), Fixtures.Domain::id);
        Map<String, Fixtures.Project> projects = index(fixtures.projects(), Fixtures.Project::id);
        requireUnique("agency", fixtures.agencies(), agency -> agency.domainId() + "/" + agency.name());
        for (Fixtures.Agency agency : fixtures.agencies()) {
            String name = "agency " + agency.name();
            requireText("name of an agency of domain " + agency.domainId(), agency.name());
            requireKnown(name, "domain", agency.domainId(), domains);
            for (String projectId : agency.imsProjectIds()) {
                Fixtures.Project project = requireKnown(name, "project", projectId, projects);
                if (project != null && !project.domainId().equals(agency.domainId())) {
                    problems.add(name + " grants rights in project " + projectId + " of another domain");
                }
            }
        }
    }

    private void checkServersAndDisks(Fixtures fixtures) {
        Map<String, Fixtures.Project> projects = index(fixtures.projects(), Fixtures.Project::id);
        Map<String, Fixtures.Server> servers = requireUnique("server", fixtures.servers(), Fixtures.Server::id);
        Map<String, Fixtures.Disk> disks = requireUnique("disk", fixtures.disks(), Fixtures.Disk::id);

        Map<String, String> attachedTo = new HashMap<>();
        for (Fixtures.Server server : fixtures.servers()) {
            String name = "server " + server.id();
            requireMatch("server id", server.id(), UUID);
            requireKnown(name, "project", server.projectId(), projects);
            requireText("name of " + name, server.name());
            requireText("status of " + name, server.status());
            requireText("vm_type of " + name, server.vmType());
            List<String> diskIds = new ArrayList<>(server.dataDiskIds());
            if (server.systemDiskId() != null) {
                diskIds.add(0, server.systemDiskId());
            }
            for (String diskId : diskIds) {
                Fixtures.Disk disk = requireKnown(name, "disk", diskId, disks);
                String previous = attachedTo.put(diskId, server.id());
                if (previous != null) {
                    problems.add("disk " + diskId + " is attached to both server " + previous + " and " + name);
                }
                if (disk != null && !Objects.equals(disk.projectId(), server.projectId())) {
                    problems.add("disk " + diskId + " of " + name + " is in another project");
                }
            }
        }

        for (Fixtures.Disk disk : fixtures.disks()) {
            String name = "disk " + disk.id();
            requireMatch("disk id", disk.id(), UUID);
            requireKnown(name, "project", disk.projectId(), projects);
            requireText("status of " + name, disk.status());
            requireText("volume_type of " + name, disk.volumeType());
            if (disk.sizeGb() <= 0) {
                problems.add(name + " has size_gb " + disk.sizeGb() + ", expected a positive number of GiB");
            }
            if (disk.serverId() != null) {
                requireKnown(name, "server", disk.serverId(), servers);
            }
            if (!Objects.equals(disk.serverId(), attachedTo.get(disk.id()))) {
                problems.add(name + " has server_id " + disk.serverId() + " but is listed by server "
                        + attachedTo.get(disk.id()));
            }
        }
    }

    private void checkPublicImages(Fixtures fixtures) {
        Set<Object> ids = new HashSet<>();
        for (Map<String, Object> image : fixtures.publicImages()) {
            Object id = image.get("id");
            if (!(id instanceof String text) || !UUID.matcher(text).matches()) {
                problems.add("public image " + image.get("name") + " has id " + id + ", expected a lowercase UUID");
            } else if (!ids.add(id)) {
                problems.add("public image " + id + " is defined twice");
            }
            if (!(image.get("name") instanceof String)) {
                problems.add("public image " + id + " has no name");
            }
        }
    }

    private void checkOsVersions(Fixtures fixtures) {
        requireUnique("os version", fixtures.osVersions(), Fixtures.OsVersion::osVersionKey);
        for (Fixtures.OsVersion version : fixtures.osVersions()) {
            requireText("os_version_key", version.osVersionKey());
            requireText("os_version of " + version.osVersionKey(), version.osVersion());
            requireText("platform of " + version.osVersionKey(), version.platform());
            requireText("os_type of " + version.osVersionKey(), version.osType());
            if (version.osBit() != 32 && version.osBit() != 64) {
                problems.add("os version " + version.osVersionKey() + " has os_bit " + version.osBit()
                        + ", expected 32 or 64");
            }
        }
    }

    private void checkBuckets(Fixtures fixtures) {
        requireUnique("bucket", fixtures.buckets(), Fixtures.Bucket::name);
        for (Fixtures.Bucket bucket : fixtures.buckets()) {
            String name = "bucket " + bucket.name();
            requireText("name of a bucket", bucket.name());
            if (!fixtures.regions().contains(bucket.region())) {
                problems.add(name + " is in unknown region " + bucket.region());
            }
            requireUnique("object of " + name, bucket.objects(), Fixtures.BucketObject::key);
            for (Fixtures.BucketObject object : bucket.objects()) {
                requireText("key of an object of " + name, object.key());
                if (object.sizeBytes() < 0) {
                    problems.add("object " + object.key() + " of " + name + " has a negative size_bytes");
                }
                if (object.format() == null || !SimFormats.OBJECT_FORMATS.contains(object.format())) {
                    problems.add("object " + object.key() + " of " + name + " has format " + object.format()
                            + ", expected one of " + SimFormats.OBJECT_FORMATS);
                }
            }
        }
    }

    private void checkBackups(Fixtures fixtures) {
        Map<String, Fixtures.Project> projects = index(fixtures.projects(), Fixtures.Project::id);
        requireUnique("backup", fixtures.backups(), Fixtures.Backup::id);
        for (Fixtures.Backup backup : fixtures.backups()) {
            String name = "backup " + backup.id();
            requireMatch("backup id", backup.id(), UUID);
            requireKnown(name, "project", backup.projectId(), projects);
            requireText("status of " + name, backup.status());
            if (!"CSBS".equals(backup.provider()) && !"CBR".equals(backup.provider())) {
                problems.add(name + " has provider " + backup.provider() + ", expected CSBS or CBR");
            }
            if ("CBR".equals(backup.provider()) && backup.vaultId() == null) {
                problems.add(name + " is a CBR backup without vault_id");
            }
            if (backup.disks().isEmpty()) {
                problems.add(name + " has no disks");
            }
            for (Fixtures.BackupDisk disk : backup.disks()) {
                if (disk.sizeGb() <= 0) {
                    problems.add(name + " has disk " + disk.volumeId() + " of size_gb " + disk.sizeGb());
                }
            }
        }
    }

    private void checkKmsKeys(Fixtures fixtures) {
        Map<String, Fixtures.Project> projects = index(fixtures.projects(), Fixtures.Project::id);
        requireUnique("kms key", fixtures.kmsKeys(), Fixtures.KmsKey::id);
        for (Fixtures.KmsKey key : fixtures.kmsKeys()) {
            requireMatch("kms key id", key.id(), UUID);
            requireKnown("kms key " + key.id(), "project", key.projectId(), projects);
        }
    }

    private void checkEnterpriseProjects(Fixtures fixtures) {
        Map<String, Fixtures.Domain> domains = index(fixtures.domains(), Fixtures.Domain::id);
        requireUnique("enterprise project", fixtures.enterpriseProjects(), Fixtures.EnterpriseProject::id);
        for (Fixtures.EnterpriseProject project : fixtures.enterpriseProjects()) {
            String name = "enterprise project " + project.id();
            requireMatch("enterprise project id", project.id(), UUID);
            requireKnown(name, "domain", project.domainId(), domains);
            requireText("name of " + name, project.name());
        }
    }

    private <T> Map<String, T> requireUnique(String kind, List<T> items, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key == null) {
                problems.add("a " + kind + " has no id");
            } else if (byId.putIfAbsent(key, item) != null) {
                problems.add(kind + " " + key + " is defined twice");
            }
        }
        return byId;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        items.forEach(item -> byId.putIfAbsent(id.apply(item), item));
        return byId;
    }

    private <T> T requireKnown(String owner, String kind, String id, Map<String, T> known) {
        T item = id == null ? null : known.get(id);
        if (item == null) {
            problems.add(owner + " refers to unknown " + kind + " " + id);
        }
        return item;
    }

    private void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is missing");
        }
    }

    private void requireMatch(String field, String value, Pattern pattern) {
        if (value == null || !pattern.matcher(value).matches()) {
            problems.add(field + " " + value + " does not match " + pattern.pattern());
        }
    }
}
