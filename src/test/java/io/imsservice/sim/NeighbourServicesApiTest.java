package io.imsservice.sim;

import static io.imsservice.sim.FixtureCredentials.ACME_PROJECT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NeighbourServicesApiTest {
    private static final String ACME_DOMAIN = "9c01cec16cc1434213bd25fa1d01f1e3";
    private static final String CSBS_BACKUP = "28067e69-bd72-51cb-a994-32a8e78dca90";
    private static final String KMS_KEY = "aa3893ae-9653-572f-8d3f-38b455b9a31e";

    @BeforeEach
    void resetSimulation() {
        given().post("/sim/v1/reset").then().statusCode(204);
    }

    @Test
    void bucketsListFixtureBuckets() {
        given().get("/sim/v1/buckets")
                .then().statusCode(200)
                .body("buckets.name", hasItem("ims-images"))
                .body("buckets.find { it.name == 'ims-south' }.region", equalTo("cn-south-1"))
                .body("buckets.find { it.name == 'ims-locked' }.accessible", equalTo(false));
    }

    @Test
    void objectWithSlashInKeyIsShown() {
        given().get("/sim/v1/buckets/ims-images/objects/centos/centos-7.6.qcow2")
                .then().statusCode(200)
                .body("key", equalTo("centos/centos-7.6.qcow2"))
                .body("format", equalTo("qcow2"))
                .body("size_bytes", equalTo(1879048192));
    }

    @Test
    void createdBucketAndObjectAreListed() {
        json().body("{\"name\":\"my-files\"}").post("/sim/v1/buckets")
                .then().statusCode(201)
                .body("region", equalTo("cn-north-4"))
                .body("accessible", equalTo(true));

        json().body("{\"key\":\"a/b.vhd\",\"size_bytes\":1024,\"format\":\"vhd\"}")
                .post("/sim/v1/buckets/my-files/objects")
                .then().statusCode(201);

        given().get("/sim/v1/buckets/my-files/objects")
                .then().statusCode(200)
                .body("objects", hasSize(1))
                .body("objects[0].key", equalTo("a/b.vhd"))
                .body("objects[0].bitmap_key", equalTo(null));
    }

    @Test
    void bucketPatchKeepsObjects() {
        json().body("{\"accessible\":false}").patch("/sim/v1/buckets/ims-images")
                .then().statusCode(200)
                .body("accessible", equalTo(false));

        given().get("/sim/v1/buckets/ims-images/objects/notes.txt").then().statusCode(200);
    }

    @Test
    void objectPatchChangesSize() {
        json().body("{\"size_bytes\":0}").patch("/sim/v1/buckets/ims-images/objects/data/logs.vhd")
                .then().statusCode(200)
                .body("size_bytes", equalTo(0))
                .body("format", equalTo("vhd"));
    }

    @Test
    void deletedBucketTakesItsObjects() {
        given().delete("/sim/v1/buckets/ims-images").then().statusCode(204);

        assertSimError(given().get("/sim/v1/buckets/ims-images/objects").then(), 404, "SIM.0004",
                "Bucket ims-images not found");
    }

    @Test
    void bucketInUnknownRegionIsRejected() {
        assertSimError(json().body("{\"name\":\"far-away\",\"region\":\"eu-west-9\"}").post("/sim/v1/buckets")
                .then(), 400, "SIM.0003", "Region eu-west-9 not found: use a region that GET /sim/v1/projects lists");
    }

    @Test
    void invalidBucketNameIsRejected() {
        json().body("{\"name\":\"Upper_Case\"}").post("/sim/v1/buckets")
                .then().statusCode(400)
                .body("error.code", equalTo("SIM.0002"));
    }

    @Test
    void duplicateObjectIsRejected() {
        assertSimError(json().body("{\"key\":\"notes.txt\",\"size_bytes\":1,\"format\":\"other\"}")
                .post("/sim/v1/buckets/ims-images/objects").then(), 409, "SIM.0005",
                "Object notes.txt already exists in bucket ims-images");
    }

    @Test
    void objectWithUnknownFormatIsRejected() {
        json().body("{\"key\":\"x.bin\",\"size_bytes\":1,\"format\":\"bin\"}")
                .post("/sim/v1/buckets/ims-images/objects")
                .then().statusCode(400)
                .body("error.code", equalTo("SIM.0002"));
    }

    @Test
    void backupsFilterByProject() {
        given().get("/sim/v1/backups?project_id=" + ACME_PROJECT)
                .then().statusCode(200)
                .body("backups.id", hasItem(CSBS_BACKUP))
                .body("backups.find { it.id == '" + CSBS_BACKUP + "' }.disks", hasSize(3));
    }

    @Test
    void createdBackupTakesDefaults() {
        json().body("{\"project_id\":\"" + ACME_PROJECT + "\",\"disks\":[{\"size_gb\":40,\"bootable\":true}]}")
                .post("/sim/v1/backups")
                .then().statusCode(201)
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body("provider", equalTo("CSBS"))
                .body("status", equalTo("available"))
                .body("image_id", equalTo(null));
    }

    @Test
    void cbrBackupWithoutVaultIsRejected() {
        assertSimError(json().body("{\"project_id\":\"" + ACME_PROJECT + "\",\"provider\":\"CBR\","
                + "\"disks\":[{\"size_gb\":40,\"bootable\":true}]}").post("/sim/v1/backups").then(), 400,
                "SIM.0002", "Field 'vault_id' is required for a CBR backup");
    }

    @Test
    void backupPatchChangesStatus() {
        json().body("{\"status\":\"error\"}").patch("/sim/v1/backups/" + CSBS_BACKUP)
                .then().statusCode(200)
                .body("status", equalTo("error"));

        given().post("/sim/v1/reset").then().statusCode(204);

        given().get("/sim/v1/backups/" + CSBS_BACKUP)
                .then().statusCode(200)
                .body("status", equalTo("available"));
    }

    @Test
    void kmsKeyPatchDisablesKey() {
        json().body("{\"enabled\":false}").patch("/sim/v1/kms-keys/" + KMS_KEY)
                .then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("accessible", equalTo(true));
    }

    @Test
    void kmsKeyOfUnknownProjectIsRejected() {
        json().body("{\"project_id\":\"00000000000000000000000000000000\"}").post("/sim/v1/kms-keys")
                .then().statusCode(400)
                .body("error.code", equalTo("SIM.0003"));
    }

    @Test
    void enterpriseProjectIsCreated() {
        json().body("{\"domain_id\":\"" + ACME_DOMAIN + "\",\"name\":\"staging\"}")
                .post("/sim/v1/enterprise-projects")
                .then().statusCode(201)
                .body("enabled", equalTo(true));

        given().get("/sim/v1/enterprise-projects")
                .then().statusCode(200)
                .body("enterprise_projects.name", hasItem("staging"));
    }

    @Test
    void enterpriseProjectOfUnknownDomainIsRejected() {
        assertSimError(json().body("{\"domain_id\":\"00000000000000000000000000000000\",\"name\":\"x\"}")
                .post("/sim/v1/enterprise-projects").then(), 400, "SIM.0003",
                "Domain 00000000000000000000000000000000 not found: use a domain_id that GET /sim/v1/projects lists");
    }

    @Test
    void jobListNeedsProject() {
        assertSimError(given().get("/sim/v1/jobs").then(), 400, "SIM.0002",
                "Query parameter 'project_id' is required");
    }

    @Test
    void jobListIsEmptyAfterReset() {
        given().get("/sim/v1/jobs?project_id=" + ACME_PROJECT)
                .then().statusCode(200)
                .body("jobs", hasSize(0));
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    private static void assertSimError(ValidatableResponse response, int status, String code, String message) {
        response.statusCode(status)
                .body("error.code", equalTo(code))
                .body("error.message", equalTo(message));
    }
}
