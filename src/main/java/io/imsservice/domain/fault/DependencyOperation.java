package io.imsservice.domain.fault;

import io.imsservice.catalog.ImsError;
import java.util.Arrays;
import java.util.Optional;

/**
 * The calls IMS makes to the services around it, each with the catalog error that IMS returns when the call fails.
 * {@link DependencyFaults} makes any of them fail on demand.
 */
public enum DependencyOperation {
    /** IAM look-up of the project (tenant) that a new image is registered for. */
    IAM_TENANT_LOOKUP("iam_tenant_lookup", ImsError.IAM_TENANT_LOOKUP_FAILED),
    /** IAM look-up of the account (domain) of that project. */
    IAM_DOMAIN_LOOKUP("iam_domain_lookup", ImsError.IAM_DOMAIN_LOOKUP_FAILED),
    /** IAM assume-role call that gives IMS a token to act for the tenant in object storage. */
    ASSUME_TOKEN("assume_token", ImsError.ASSUME_TOKEN_FAILED),
    /** Retrieval of the temporary AK/SK for object storage. */
    AKSK_RETRIEVAL("aksk_retrieval", ImsError.AKSK_RETRIEVAL_FAILED),
    /** Look-up of the object storage endpoint of the region. */
    OBJECT_STORAGE_ADDRESS("object_storage_address", ImsError.OBJECT_STORAGE_ADDRESS_FAILED),
    /** Creation of an object storage bucket. */
    BUCKET_CREATION("bucket_creation", ImsError.BUCKET_CREATION_FAILED),
    /** Grant of read and write access on a bucket to a user. */
    BUCKET_GRANT("bucket_grant", ImsError.BUCKET_GRANT_FAILED),
    /** Submission of an async job to the IMS job engine. */
    JOB_SUBMISSION("job_submission", ImsError.JOB_SUBMISSION_FAILED),
    /** Read of an async job from the IMS job engine. */
    JOB_QUERY("job_query", ImsError.JOB_QUERY_FAILED),
    /** The OpenStack (FusionSphere) task behind a running job, such as a disk snapshot. */
    OPENSTACK_TASK("openstack_task", ImsError.OPENSTACK_TASK_FAILED),
    /** IMS's own processing of a running job; a failure there has no code of its own, so it is IMG.0061. */
    JOB_EXECUTION("job_execution", ImsError.UNKNOWN_SYSTEM_ERROR),
    /** Addition of a member (tenant) to a shared image. */
    MEMBER_ADD("member_add", ImsError.MEMBER_ADD_FAILED),
    /** Removal of a member from a shared image. */
    MEMBER_DELETE("member_delete", ImsError.MEMBER_DELETE_FAILED),
    /** Look-up of the members of a shared image. */
    MEMBER_QUERY("member_query", ImsError.MEMBER_QUERY_FAILED),
    /** ECS look-up of the server an image is created from. */
    VM_LOOKUP("vm_lookup", ImsError.SERVER_LOOKUP_FAILED),
    /** Look-up of the OS type of that server. */
    OS_TYPE_LOOKUP("os_type_lookup", ImsError.OS_TYPE_LOOKUP_FAILED),
    /** Any call to the Enterprise Project Management Service (EPS). */
    EPS_COMMUNICATION("eps_communication", ImsError.EPS_COMMUNICATION_FAILED),
    /** EPS check that the enterprise project of a new image is valid. */
    EPS_CHECK("eps_check", ImsError.ENTERPRISE_PROJECT_CHECK_FAILED),
    /** EPS binding of a new image to its enterprise project. */
    EPS_BINDING("eps_binding", ImsError.ENTERPRISE_PROJECT_BINDING_FAILED),
    /** Look-up of the domain of the shadow account that IMS uses for image storage. */
    SHADOW_ACCOUNT_DOMAIN("shadow_account_domain", ImsError.SHADOW_ACCOUNT_DOMAIN_FAILED),
    /** Generation of the Marketplace product code of an image being published. */
    PRODUCT_CODE_GENERATION("product_code_generation", ImsError.PRODUCT_CODE_GENERATION_FAILED);

    private final String wireName;
    private final ImsError error;

    DependencyOperation(String wireName, ImsError error) {
        this.wireName = wireName;
        this.error = error;
    }

    /** Returns the name the simulation API uses, such as {@code job_submission}. */
    public String wireName() {
        return wireName;
    }

    /** The catalog error IMS returns when this call fails. */
    public ImsError error() {
        return error;
    }

    /** Finds the operation with this simulation API name. */
    public static Optional<DependencyOperation> fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(operation -> operation.wireName.equals(wireName))
                .findFirst();
    }
}
