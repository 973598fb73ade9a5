package io.imsservice.sim;

import io.imsservice.cloud.BackupPort;
import io.imsservice.cloud.BackupPort.Backup;
import io.imsservice.cloud.BackupPort.BackupDisk;
import io.imsservice.cloud.EnterpriseProjectPort.EnterpriseProject;
import io.imsservice.cloud.KmsPort.Key;
import io.imsservice.cloud.ObjectStoragePort.Bucket;
import io.imsservice.cloud.ObjectStoragePort.StoredObject;
import io.imsservice.cloud.sim.SimulatedBackups;
import io.imsservice.cloud.sim.SimulatedEnterpriseProjects;
import io.imsservice.cloud.sim.SimulatedIdentity;
import io.imsservice.cloud.sim.SimulatedKms;
import io.imsservice.cloud.sim.SimulatedObjectStorage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Edits the neighbour services of the simulated cloud for the simulation API: OBS buckets and objects, CSBS and
 * CBR backups, KMS keys and enterprise projects. Every edit runs under the {@link CloudInventory} lock, which a
 * reset also holds, so an edit never straddles two sets of fixtures.
 */
@ApplicationScoped
public class NeighbourInventory {
    private static final Logger LOG = Logger.getLogger(NeighbourInventory.class);

    static final String DEFAULT_OBJECT_FORMAT = "other";
    static final String DEFAULT_BACKUP_STATUS = BackupPort.AVAILABLE;

    @Inject
    CloudInventory inventory;

    @Inject
    SimulatedObjectStorage objectStorage;

    @Inject
    SimulatedBackups backups;

    @Inject
    SimulatedKms kms;

    @Inject
    SimulatedEnterpriseProjects enterpriseProjects;

    @Inject
    SimulatedIdentity identity;

    @Inject
    Simulation simulation;

    @ConfigProperty(name = "ims.region")
    String region;

    public List<Bucket> listBuckets() {
        return objectStorage.buckets();
    }

    public Bucket getBucket(String name) {
        return objectStorage.bucket(name)
                .orElseThrow(() -> SimError.NOT_FOUND.exception("Bucket " + name + " not found"));
    }

    public Bucket createBucket(SimBucket request) {
        return inventory.callExclusively(() -> {
            if (objectStorage.bucket(request.name()).isPresent()) {
                throw SimError.ALREADY_EXISTS.exception("Bucket " + request.name() + " already exists");
            }
            Bucket bucket = bucketWithDefaults(request);
            objectStorage.saveBucket(bucket);
            LOG.infov("Simulated bucket {0} created in {1}", bucket.name(), bucket.region());
            return bucket;
        });
    }

    /** Replaces a bucket with the result of the change; the name cannot change and the objects stay. */
    public Bucket updateBucket(String name, UnaryOperator<SimBucket> change) {
        return inventory.callExclusively(() -> {
            SimBucket request = change.apply(SimBucket.of(getBucket(name)));
            requireUnchanged("name", name, request.name());
            Bucket bucket = bucketWithDefaults(request);
            objectStorage.saveBucket(bucket);
            LOG.infov("Simulated bucket {0} updated", name);
            return bucket;
        });
    }

    /** Deletes a bucket with every object in it. */
    public void deleteBucket(String name) {
        inventory.runExclusively(() -> {
            getBucket(name);
            objectStorage.deleteBucket(name);
            LOG.infov("Simulated bucket {0} deleted", name);
        });
    }

    public List<StoredObject> listObjects(String bucketName) {
        getBucket(bucketName);
        return objectStorage.objects(bucketName);
    }

    public StoredObject getObject(String bucketName, String key) {
        getBucket(bucketName);
        return objectStorage.object(bucketName, key)
                .orElseThrow(() -> SimError.NOT_FOUND.exception("Object " + key + " not found in bucket "
                        + bucketName));
    }

    public StoredObject createObject(String bucketName, SimObject request) {
        return inventory.callExclusively(() -> {
            getBucket(bucketName);
            if (objectStorage.object(bucketName, request.key()).isPresent()) {
                throw SimError.ALREADY_EXISTS.exception("Object " + request.key() + " already exists in bucket "
                        + bucketName);
            }
            StoredObject object = objectOf(bucketName, request);
            objectStorage.saveObject(object);
            LOG.infov("Simulated object {0} created", object.address());
            return object;
        });
    }

    /** Replaces an object with the result of the change; the key cannot change. */
    public StoredObject updateObject(String bucketName, String key, UnaryOperator<SimObject> change) {
        return inventory.callExclusively(() -> {
            SimObject request = change.apply(SimObject.of(getObject(bucketName, key)));
            requireUnchanged("key", key, request.key());
            StoredObject object = objectOf(bucketName, request);
            objectStorage.saveObject(object);
            LOG.infov("Simulated object {0} updated", object.address());
            return object;
        });
    }

    public void deleteObject(String bucketName, String key) {
        inventory.runExclusively(() -> {
            getObject(bucketName, key);
            objectStorage.deleteObject(bucketName, key);
            LOG.infov("Simulated object {0}:{1} deleted", bucketName, key);
        });
    }

    /** Lists the backups, of one project when {@code projectId} is not null. */
    public List<Backup> listBackups(String projectId) {
        return backups.backups().stream()
                .filter(backup -> projectId == null || backup.projectId().equals(projectId))
                .toList();
    }

    public Backup getBackup(String backupId) {
        return backups.backup(backupId)
                .orElseThrow(() -> SimError.NOT_FOUND.exception("Backup " + backupId + " not found"));
    }

    public Backup createBackup(SimBackup request) {
        return inventory.callExclusively(() -> {
            String id = request.id() != null ? request.id() : UUID.randomUUID().toString();
            if (backups.backup(id).isPresent()) {
                throw SimError.ALREADY_EXISTS.exception("Backup " + id + " already exists");
            }
            requireProject(request.projectId());
            Backup backup = backupWithDefaults(id, request);
            backups.saveBackup(backup);
            LOG.infov("Simulated backup {0} created in project {1}", id, backup.projectId());
            return backup;
        });
    }

    /** Replaces a backup with the result of the change; the id and project cannot change. */
    public Backup updateBackup(String backupId, UnaryOperator<SimBackup> change) {
        return inventory.callExclusively(() -> {
            Backup current = getBackup(backupId);
            SimBackup request = change.apply(SimBackup.of(current));
            requireUnchanged("id", backupId, request.id());
            requireUnchanged("project_id", current.projectId(), request.projectId());
            Backup backup = backupWithDefaults(backupId, request);
            backups.saveBackup(backup);
            LOG.infov("Simulated backup {0} updated", backupId);
            return backup;
        });
    }

    public void deleteBackup(String backupId) {
        inventory.runExclusively(() -> {
            getBackup(backupId);
            backups.removeBackup(backupId);
            LOG.infov("Simulated backup {0} deleted", backupId);
        });
    }

    public List<Key> listKmsKeys() {
        return kms.keys();
    }

    public Key getKmsKey(String keyId) {
        return kms.key(keyId)
                .orElseThrow(() -> SimError.NOT_FOUND.exception("KMS key " + keyId + " not found"));
    }

    public Key createKmsKey(SimKmsKey request) {
        return inventory.callExclusively(() -> {
            String id = request.id() != null ? request.id() : UUID.randomUUID().toString();
            if (kms.key(id).isPresent()) {
                throw SimError.ALREADY_EXISTS.exception("KMS key " + id + " already exists");
            }
            requireProject(request.projectId());
            Key key = keyWithDefaults(id, request);
            kms.saveKey(key);
            LOG.infov("Simulated KMS key {0} created in project {1}", id, key.projectId());
            return key;
        });
    }

    /** Replaces a KMS key with the result of the change; the id and project cannot change. */
    public Key updateKmsKey(String keyId, UnaryOperator<SimKmsKey> change) {
        return inventory.callExclusively(() -> {
            Key current = getKmsKey(keyId);
            SimKmsKey request = change.apply(SimKmsKey.of(current));
            requireUnchanged("id", keyId, request.id());
            requireUnchanged("project_id", current.projectId(), request.projectId());
            Key key = keyWithDefaults(keyId, request);
            kms.saveKey(key);
            LOG.infov("Simulated KMS key {0} updated", keyId);
            return key;
        });
    }

    public void deleteKmsKey(String keyId) {
        inventory.runExclusively(() -> {
            getKmsKey(keyId);
            kms.deleteKey(keyId);
            LOG.infov("Simulated KMS key {0} deleted", keyId);
        });
    }

    public List<EnterpriseProject> listEnterpriseProjects() {
        return enterpriseProjects.enterpriseProjects();
    }

    public EnterpriseProject getEnterpriseProject(String id) {
        return enterpriseProjects.enterpriseProject(id)
                .orElseThrow(() -> SimError.NOT_FOUND.exception("Enterprise project " + id + " not found"));
    }

    public EnterpriseProject createEnterpriseProject(SimEnterpriseProject request) {
        return inventory.callExclusively(() -> {
            String id = request.id() != null ? request.id() : UUID.randomUUID().toString();
            if (enterpriseProjects.enterpriseProject(id).isPresent()) {
                throw SimError.ALREADY_EXISTS.exception("Enterprise project " + id + " already exists");
            }
            requireDomain(request.domainId());
            EnterpriseProject project = enterpriseProjectWithDefaults(id, request);
            enterpriseProjects.saveEnterpriseProject(project);
            LOG.infov("Simulated enterprise project {0} created in domain {1}", id, project.domainId());
            return project;
        });
    }

    /** Replaces an enterprise project with the result of the change; the id and domain cannot change. */
    public EnterpriseProject updateEnterpriseProject(String id, UnaryOperator<SimEnterpriseProject> change) {
        return inventory.callExclusively(() -> {
            EnterpriseProject current = getEnterpriseProject(id);
            SimEnterpriseProject request = change.apply(SimEnterpriseProject.of(current));
            requireUnchanged("id", id, request.id());
            requireUnchanged("domain_id", current.domainId(), request.domainId());
            EnterpriseProject project = enterpriseProjectWithDefaults(id, request);
            enterpriseProjects.saveEnterpriseProject(project);
            LOG.infov("Simulated enterprise project {0} updated", id);
            return project;
        });
    }

    public void deleteEnterpriseProject(String id) {
        inventory.runExclusively(() -> {
            getEnterpriseProject(id);
            enterpriseProjects.deleteEnterpriseProject(id);
            LOG.infov("Simulated enterprise project {0} deleted", id);
        });
    }

    private Bucket bucketWithDefaults(SimBucket request) {
        String bucketRegion = Objects.requireNonNullElse(request.region(), region);
        if (!simulation.fixtures().regions().contains(bucketRegion)) {
            throw SimError.REFERENCE_INVALID.exception("Region " + bucketRegion + " not found: use a region that "
                    + "GET /sim/v1/projects lists");
        }
        return new Bucket(request.name(), bucketRegion, !Boolean.FALSE.equals(request.accessible()));
    }

    private static StoredObject objectOf(String bucketName, SimObject request) {
        return new StoredObject(bucketName, request.key(), request.sizeBytes(),
                Objects.requireNonNullElse(request.format(), DEFAULT_OBJECT_FORMAT), request.bitmapKey());
    }

    private static Backup backupWithDefaults(String id, SimBackup request) {
        String provider = Objects.requireNonNullElse(request.provider(), BackupPort.CSBS);
        if (BackupPort.CBR.equals(provider) && request.vaultId() == null) {
            throw SimError.FIELD_INVALID.exception("Field 'vault_id' is required for a CBR backup");
        }
        List<BackupDisk> disks = request.disks().stream()
                .map(disk -> new BackupDisk(disk.volumeId(), disk.sizeGb(), Boolean.TRUE.equals(disk.bootable())))
                .toList();
        return new Backup(id, request.projectId(), provider,
                Objects.requireNonNullElse(request.status(), DEFAULT_BACKUP_STATUS),
                request.vaultId(), request.serverId(),
                Objects.requireNonNullElse(request.osVersion(), CloudInventory.DEFAULT_OS_VERSION),
                disks, request.imageId());
    }

    private static Key keyWithDefaults(String id, SimKmsKey request) {
        return new Key(id, request.projectId(), request.alias(), !Boolean.FALSE.equals(request.enabled()),
                !Boolean.FALSE.equals(request.accessible()), !Boolean.FALSE.equals(request.publicTestPermission()));
    }

    private static EnterpriseProject enterpriseProjectWithDefaults(String id, SimEnterpriseProject request) {
        return new EnterpriseProject(id, request.domainId(), request.name(), !Boolean.FALSE.equals(request.enabled()));
    }

    private void requireProject(String projectId) {
        if (identity.project(projectId).isEmpty()) {
            throw SimError.REFERENCE_INVALID.exception("Project " + projectId + " not found: use a project id "
                    + "that GET /sim/v1/projects lists");
        }
    }

    private void requireDomain(String domainId) {
        boolean known = simulation.fixtures().domains().stream()
                .anyMatch(domain -> domain.id().equals(domainId));
        if (!known) {
            throw SimError.REFERENCE_INVALID.exception("Domain " + domainId + " not found: use a domain_id that "
                    + "GET /sim/v1/projects lists");
        }
    }

    private static void requireUnchanged(String field, String current, String requested) {
        if (!Objects.equals(current, requested)) {
            throw SimError.FIELD_INVALID.exception("Field '" + field + "' cannot be changed (it is " + current
                    + ")");
        }
    }
}
