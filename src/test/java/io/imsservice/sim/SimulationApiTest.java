package io.imsservice.sim;

import static io.imsservice.sim.FixtureCredentials.ACME_DEV_PROJECT;
import static io.imsservice.sim.FixtureCredentials.ACME_PROJECT;
import static io.imsservice.sim.FixtureCredentials.DEV_SYSTEM_DISK;
import static io.imsservice.sim.FixtureCredentials.FREE_DISK;
import static io.imsservice.sim.FixtureCredentials.READY_DATA_DISK;
import static io.imsservice.sim.FixtureCredentials.READY_SERVER;
import static io.imsservice.sim.FixtureCredentials.READY_SYSTEM_DISK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.imsservice.domain.job.JobGate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SimulationApiTest {

    @Inject
    JobGate jobGate;

    @Inject
    FixturesLoadedRecorder recorder;

    @BeforeEach
    void resetSimulation() {
        given().when().post("/sim/v1/reset").then().statusCode(204);
    }

    @Test
    void resetRestoresChangedServer() {
        patchServer(READY_SERVER, "{\"status\":\"ACTIVE\",\"task_state\":\"powering-on\"}").then().statusCode(200);

        given().when().post("/sim/v1/reset").then().statusCode(204);

        JsonPath server = getServer(READY_SERVER);
        assertThat(server.getString("status")).isEqualTo("SHUTOFF");
        assertThat(server.getString("task_state")).isNull();
    }

    @Test
    void resetRemovesCreatedServerAndRestoresDeletedDisk() {
        String id = createServer("{\"project_id\":\"" + ACME_PROJECT + "\",\"name\":\"temp\"}")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().when().delete("/sim/v1/disks/" + FREE_DISK).then().statusCode(204);

        given().when().post("/sim/v1/reset").then().statusCode(204);

        given().when().get("/sim/v1/servers/" + id).then().statusCode(404);
        given().when().get("/sim/v1/disks/" + FREE_DISK).then().statusCode(200);
    }

    @Test
    void resetFiresFixturesLoaded() {
        int before = recorder.events();

        given().when().post("/sim/v1/reset").then().statusCode(204);

        assertThat(recorder.events()).isEqualTo(before + 1);
        assertThat(recorder.lastFixtures().projects()).hasSize(4);
    }

    @Test
    void projectsListCredentials() {
        JsonPath projects = given()
                .when()
                .get("/sim/v1/projects")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(projects.getString("region")).isEqualTo("cn-north-4");
        assertThat(projects.getList("regions", String.class)).contains("cn-south-1", "ap-southeast-1");
        assertThat(projects.getList("projects.id", String.class)).hasSize(4);
        Map<String, Object> acme = projects.getMap("projects.find { it.id == '" + ACME_PROJECT + "' }");
        assertThat(acme.get("name")).isEqualTo("cn-north-4");
        assertThat(acme.get("domain_name")).isEqualTo("acme");
        String alice = "projects.find { it.id == '" + ACME_PROJECT + "' }.users.find { it.name == 'alice' }";
        assertThat(projects.getList(alice + ".tokens.value", String.class))
                .containsExactly("token-alice", "token-expired");
        assertThat(projects.getList(alice + ".tokens.expired", Boolean.class)).containsExactly(false, true);
        assertThat(projects.getString(alice + ".access_keys[0].access_key_id")).isEqualTo("ALICEACCESSKEY000001");
        assertThat(projects.getString(alice + ".access_keys[0].secret_key")).hasSize(40);
    }

    @Test
    void serversFilterByProject() {
        JsonPath servers = given()
                .queryParam("project_id", ACME_DEV_PROJECT)
                .when()
                .get("/sim/v1/servers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(servers.getList("servers.name", String.class)).containsExactly("ecs-dev-ready");
    }

    @Test
    void createServerFillsDefaultsAndAttachesDisk() {
        Response response = createServer("{\"project_id\":\"" + ACME_PROJECT + "\",\"name\":\"new-server\","
                + "\"system_disk_id\":\"" + FREE_DISK + "\"}");

        JsonPath server = response.then().statusCode(201).extract().jsonPath();
        assertThat(response.header("Location")).endsWith("/sim/v1/servers/" + server.getString("id"));
        assertThat(server.getString("id")).matches("[0-9a-f-]{36}");
        assertThat(server.getString("status")).isEqualTo("SHUTOFF");
        assertThat(server.getString("vm_type")).isEqualTo("kvm");
        assertThat(server.getString("availability_zone")).isEqualTo("cn-north-4a");
        assertThat(server.getString("os_version")).isEqualTo("CentOS 7.6 64bit");
        assertThat(server.getString("architecture")).isEqualTo("x86");
        assertThat(server.getBoolean("backup_in_progress")).isFalse();
        assertThat(server.getList("data_disk_ids")).isEmpty();
        JsonPath disk = getDisk(FREE_DISK);
        assertThat(disk.getString("server_id")).isEqualTo(server.getString("id"));
        assertThat(disk.getString("status")).isEqualTo("in-use");
    }

    @Test
    void createServerWithTakenIdConflicts() {
        Response response = createServer("{\"id\":\"" + READY_SERVER + "\",\"project_id\":\"" + ACME_PROJECT
                + "\",\"name\":\"twin\"}");

        assertSimError(response, 409, "SIM.0005", "Server " + READY_SERVER + " already exists");
    }

    @Test
    void invalidServerBodiesAreRejected() {
        String project = "\"project_id\":\"" + ACME_PROJECT + "\"";
        List<List<String>> cases = List.of(
                List.of("", "SIM.0001", "The request body is empty"),
                List.of("{\"name\":", "SIM.0001", "The request body is not valid JSON"),
                List.of("[1,2]", "SIM.0001", "The request body must be a JSON object"),
                List.of("{" + project + ",\"name\":\"a\",\"colour\":\"red\"}", "SIM.0001", "Unknown field 'colour'"),
                List.of("{" + project + ",\"name\":\"a\",\"data_disk_ids\":\"x\"}", "SIM.0001",
                        "Field 'data_disk_ids' has the wrong JSON type"),
                List.of("{" + project + "}", "SIM.0002", "Field 'name' is required"),
                List.of("{\"name\":\"a\"}", "SIM.0002", "Field 'project_id' is required"),
                List.of("{\"project_id\":\"ACME\",\"name\":\"a\"}", "SIM.0002",
                        "Field 'project_id' must be 32 lowercase hex digits"),
                List.of("{" + project + ",\"name\":\"a\",\"status\":\"STOPPED\"}", "SIM.0002",
                        "Field 'status' must be one of ACTIVE, SHUTOFF, BUILD"),
                List.of("{" + project + ",\"name\":\"a\",\"architecture\":\"mips\"}", "SIM.0002",
                        "Field 'architecture' must be x86 or arm"),
                List.of("{" + project + ",\"name\":\"a\",\"data_disk_ids\":[\"nope\"]}", "SIM.0002",
                        "Field 'data_disk_ids[0]' must be a lowercase UUID"),
                List.of("{\"project_id\":\"00000000000000000000000000000000\",\"name\":\"a\"}", "SIM.0003",
                        "Project 00000000000000000000000000000000 not found"),
                List.of("{" + project + ",\"name\":\"a\",\"system_disk_id\":\"00000000-0000-0000-0000-000000000000\"}",
                        "SIM.0003", "Disk 00000000-0000-0000-0000-000000000000 not found"),
                List.of("{" + project + ",\"name\":\"a\",\"system_disk_id\":\"" + READY_SYSTEM_DISK + "\"}",
                        "SIM.0003", "Disk " + READY_SYSTEM_DISK + " is attached to server " + READY_SERVER),
                List.of("{" + project + ",\"name\":\"a\",\"system_disk_id\":\"" + DEV_SYSTEM_DISK + "\"}",
                        "SIM.0003", "Disk " + DEV_SYSTEM_DISK + " belongs to project " + ACME_DEV_PROJECT),
                List.of("{" + project + ",\"name\":\"a\",\"system_disk_id\":\"" + FREE_DISK
                        + "\",\"data_disk_ids\":[\"" + FREE_DISK + "\"]}",
                        "SIM.0003", "Disk " + FREE_DISK + " is listed twice"));

        for (List<String> testCase : cases) {
            Response response = createServer(testCase.get(0));

            assertSimError(response, 400, testCase.get(1), testCase.get(2));
        }
    }

    @Test
    void patchDetachesDroppedDataDisk() {
        String body = "{\"data_disk_ids\":[\"d2ef2ca4-c69c-5ef2-8310-7bd432c1d4e4\"],\"task_state\":null}";

        JsonPath server = patchServer(READY_SERVER, body).then().statusCode(200).extract().jsonPath();

        assertThat(server.getList("data_disk_ids", String.class))
                .containsExactly("d2ef2ca4-c69c-5ef2-8310-7bd432c1d4e4");
        assertThat(server.getString("name")).isEqualTo("ecs-ready");
        JsonPath dropped = getDisk(READY_DATA_DISK);
        assertThat(dropped.getString("server_id")).isNull();
        assertThat(dropped.getString("status")).isEqualTo("available");
    }

    @Test
    void patchNullTakesDefault() {
        patchServer(READY_SERVER, "{\"vm_type\":\"xen\"}").then().statusCode(200);

        JsonPath server = patchServer(READY_SERVER, "{\"vm_type\":null}").then().statusCode(200).extract()
                .jsonPath();

        assertThat(server.getString("vm_type")).isEqualTo("kvm");
    }

    @Test
    void patchCannotChangeIdOrProject() {
        Response idChange = patchServer(READY_SERVER, "{\"id\":\"" + FREE_DISK + "\"}");
        Response projectChange = patchServer(READY_SERVER, "{\"project_id\":\"" + ACME_DEV_PROJECT + "\"}");

        assertSimError(idChange, 400, "SIM.0002", "Field 'id' cannot be changed");
        assertSimError(projectChange, 400, "SIM.0002", "Field 'project_id' cannot be changed");
    }

    @Test
    void deleteServerDetachesDisks() {
        given().when().delete("/sim/v1/servers/" + READY_SERVER).then().statusCode(204);

        Response deleted = given().when().get("/sim/v1/servers/" + READY_SERVER);
        assertSimError(deleted, 404, "SIM.0004", "Server " + READY_SERVER + " not found");
        JsonPath systemDisk = getDisk(READY_SYSTEM_DISK);
        assertThat(systemDisk.getString("server_id")).isNull();
        assertThat(systemDisk.getString("status")).isEqualTo("available");
    }

    @Test
    void unknownIdsAnswer404() {
        String id = "00000000-0000-0000-0000-000000000000";

        assertSimError(given().when().get("/sim/v1/servers/" + id), 404, "SIM.0004", "Server " + id);
        assertSimError(patchServer(id, "{}"), 404, "SIM.0004", "Server " + id);
        assertSimError(given().when().delete("/sim/v1/servers/" + id), 404, "SIM.0004", "Server " + id);
        assertSimError(given().when().get("/sim/v1/disks/" + id), 404, "SIM.0004", "Disk " + id);
        assertSimError(patchDisk(id, "{}"), 404, "SIM.0004", "Disk " + id);
        assertSimError(given().when().delete("/sim/v1/disks/" + id), 404, "SIM.0004", "Disk " + id);
    }

    @Test
    void createDiskFillsDefaults() {
        JsonPath disk = given()
                .contentType(ContentType.JSON)
                .body("{\"project_id\":\"" + ACME_PROJECT + "\",\"size_gb\":80}")
                .when()
                .post("/sim/v1/disks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        assertThat(disk.getString("status")).isEqualTo("available");
        assertThat(disk.getString("volume_type")).isEqualTo("SSD");
        assertThat(disk.getInt("size_gb")).isEqualTo(80);
        assertThat(disk.getString("server_id")).isNull();
        assertThat(disk.getBoolean("bootable")).isFalse();
    }

    @Test
    void invalidDiskBodiesAreRejected() {
        String project = "\"project_id\":\"" + ACME_PROJECT + "\"";
        List<List<String>> cases = List.of(
                List.of("{" + project + "}", "SIM.0002", "Field 'size_gb' is required"),
                List.of("{" + project + ",\"size_gb\":0}", "SIM.0002", "Field 'size_gb' must be at least 1 GiB"),
                List.of("{" + project + ",\"size_gb\":\"big\"}", "SIM.0001", "Field 'size_gb' has the wrong JSON type"),
                List.of("{" + project + ",\"size_gb\":99999999999}", "SIM.0001",
                        "Field 'size_gb' cannot be read: check its type and range"),
                List.of("{" + project + ",\"size_gb\":10,\"volume_type\":\"NVME\"}", "SIM.0002",
                        "Field 'volume_type' must be one of SATA, SAS, SSD"),
                List.of("{" + project + ",\"size_gb\":10,\"server_id\":\"" + READY_SERVER + "\"}", "SIM.0002",
                        "Field 'server_id' is read-only"));

        for (List<String> testCase : cases) {
            Response response = given()
                    .contentType(ContentType.JSON)
                    .body(testCase.get(0))
                    .when()
                    .post("/sim/v1/disks");

            assertSimError(response, 400, testCase.get(1), testCase.get(2));
        }
    }

    @Test
    void patchDiskChangesStatusButNotAttachment() {
        JsonPath disk = patchDisk(READY_SYSTEM_DISK, "{\"status\":\"error\",\"size_gb\":60}")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Response detach = patchDisk(READY_SYSTEM_DISK, "{\"server_id\":null}");

        assertThat(disk.getString("status")).isEqualTo("error");
        assertThat(disk.getInt("size_gb")).isEqualTo(60);
        assertThat(disk.getString("server_id")).isEqualTo(READY_SERVER);
        assertSimError(detach, 400, "SIM.0002", "Field 'server_id' is read-only");
    }

    @Test
    void deleteDiskRemovesItFromServer() {
        given().when().delete("/sim/v1/disks/" + READY_SYSTEM_DISK).then().statusCode(204);

        JsonPath server = getServer(READY_SERVER);
        assertThat(server.getString("system_disk_id")).isNull();
        assertThat(server.getList("data_disk_ids")).hasSize(2);
    }

    @Test
    void holdAndReleaseJobs() {
        AtomicInteger finished = new AtomicInteger();
        given().when().post("/sim/v1/jobs/hold").then().statusCode(204);
        jobGate.pass(finished::incrementAndGet);
        jobGate.pass(finished::incrementAndGet);
        assertThat(jobGate.isHeld()).isTrue();
        assertThat(finished.get()).isZero();

        int released = given()
                .when()
                .post("/sim/v1/jobs/release")
                .then()
                .statusCode(200)
                .extract()
                .path("released");

        assertThat(released).isEqualTo(2);
        assertThat(finished.get()).isEqualTo(2);
        assertThat(jobGate.isHeld()).isFalse();
    }

    @Test
    void resetDropsHeldJobs() {
        AtomicInteger finished = new AtomicInteger();
        given().when().post("/sim/v1/jobs/hold").then().statusCode(204);
        jobGate.pass(finished::incrementAndGet);

        given().when().post("/sim/v1/reset").then().statusCode(204);

        assertThat(jobGate.isHeld()).isFalse();
        assertThat(jobGate.release()).isZero();
        assertThat(finished.get()).isZero();
    }

    static void assertSimError(Response response, int status, String code, String messageStart) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("error.code")).isEqualTo(code);
        assertThat(response.jsonPath().getString("error.message")).startsWith(messageStart);
    }

    private static Response createServer(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/sim/v1/servers");
    }

    private static Response patchServer(String id, String body) {
        return given().contentType(ContentType.JSON).body(body).when().patch("/sim/v1/servers/" + id);
    }

    private static Response patchDisk(String id, String body) {
        return given().contentType(ContentType.JSON).body(body).when().patch("/sim/v1/disks/" + id);
    }

    private static JsonPath getServer(String id) {
        return given().when().get("/sim/v1/servers/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath getDisk(String id) {
        return given().when().get("/sim/v1/disks/" + id).then().statusCode(200).extract().jsonPath();
    }
}
