package io.imsservice.cloud.sim;

import static io.imsservice.sim.FixtureCredentials.ACME_DEV_PROJECT;
import static io.imsservice.sim.FixtureCredentials.ACME_DOMAIN;
import static io.imsservice.sim.FixtureCredentials.ACME_PROJECT;
import static io.imsservice.sim.FixtureCredentials.ACME_SOUTH_PROJECT;
import static io.imsservice.sim.FixtureCredentials.ALICE;
import static io.imsservice.sim.FixtureCredentials.ALICE_AK;
import static io.imsservice.sim.FixtureCredentials.GLOBEX_DOMAIN;
import static io.imsservice.sim.FixtureCredentials.READER_TOKEN;
import static io.imsservice.sim.FixtureCredentials.READY_SERVER;
import static io.imsservice.sim.FixtureCredentials.READY_SYSTEM_DISK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.imsservice.cloud.BlockStoragePort;
import io.imsservice.cloud.ComputePort;
import io.imsservice.cloud.IdentityPort;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated adapters through the cloud ports that IMS code uses, seeded from the default fixtures. */
@QuarkusTest
class SimulatedCloudTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    IdentityPort identity;

    @Inject
    ComputePort compute;

    @Inject
    BlockStoragePort blockStorage;

    @BeforeEach
    void resetSimulation() {
        given().when().post("/sim/v1/reset").then().statusCode(204);
    }

    @Test
    void identityListsRegionsAndProjects() {
        List<String> regions = identity.listRegions().await().atMost(TIMEOUT);
        List<IdentityPort.Project> acme = identity.listDomainProjects(ACME_DOMAIN).await().atMost(TIMEOUT);
        List<IdentityPort.Project> all = identity.listProjects().await().atMost(TIMEOUT);

        assertThat(regions).containsExactly("cn-north-4", "cn-south-1", "ap-southeast-1");
        assertThat(acme).extracting(IdentityPort.Project::id)
                .containsExactly(ACME_PROJECT, ACME_DEV_PROJECT, ACME_SOUTH_PROJECT);
        assertThat(all).hasSize(4);
    }

    @Test
    void identityFindsProjectByNameWithinDomain() {
        var dev = identity.findProjectByName(ACME_DOMAIN, "cn-north-4_dev").await().atMost(TIMEOUT);
        var elsewhere = identity.findProjectByName(GLOBEX_DOMAIN, "cn-north-4_dev").await().atMost(TIMEOUT);

        assertThat(dev).map(IdentityPort.Project::id).contains(ACME_DEV_PROJECT);
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void identityFindsTokensAndAccessKeys() {
        var token = identity.findToken(READER_TOKEN).await().atMost(TIMEOUT);
        var key = identity.findAccessKey(ALICE_AK).await().atMost(TIMEOUT);
        var unknown = identity.findToken("token-nobody").await().atMost(TIMEOUT);
        var missing = identity.findProject(null).await().atMost(TIMEOUT);

        assertThat(token).map(IdentityPort.Token::roles).contains(Set.of("readonly"));
        assertThat(token).map(IdentityPort.Token::projectId).contains(ACME_PROJECT);
        assertThat(key).map(IdentityPort.AccessKey::userId).contains(ALICE);
        assertThat(key).map(IdentityPort.AccessKey::domainId).contains(ACME_DOMAIN);
        assertThat(unknown).isEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void computeReturnsFixtureServer() {
        ComputePort.Server server = compute.findServer(READY_SERVER).await().atMost(TIMEOUT).orElseThrow();

        assertThat(server.name()).isEqualTo("ecs-ready");
        assertThat(server.systemDiskId()).isEqualTo(READY_SYSTEM_DISK);
        assertThat(server.dataDiskIds()).hasSize(2);
        assertThat(server.backupInProgress()).isFalse();
    }

    @Test
    void computeSeesSimulationEdits() {
        given().contentType("application/json").body("{\"task_state\":\"image_snapshot\"}")
                .when().patch("/sim/v1/servers/" + READY_SERVER)
                .then().statusCode(200);

        ComputePort.Server server = compute.findServer(READY_SERVER).await().atMost(TIMEOUT).orElseThrow();

        assertThat(server.taskState()).isEqualTo("image_snapshot");
    }

    @Test
    void blockStorageReturnsFixtureDisk() {
        BlockStoragePort.Disk disk = blockStorage.findDisk(READY_SYSTEM_DISK).await().atMost(TIMEOUT).orElseThrow();
        var unknown = blockStorage.findDisk("00000000-0000-0000-0000-000000000000").await().atMost(TIMEOUT);

        assertThat(disk.serverId()).isEqualTo(READY_SERVER);
        assertThat(disk.bootable()).isTrue();
        assertThat(disk.sizeGb()).isEqualTo(40);
        assertThat(unknown).isEmpty();
    }
}
