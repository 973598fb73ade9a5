package io.imsservice.catalog;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The IMS error catalog, loaded from the classpath resource {@value #RESOURCE} when the service starts, so that a
 * missing, malformed or incomplete catalog stops start-up instead of the first failing request.
 */
@Startup
@ApplicationScoped
public class ErrorCatalog {

    /** Classpath resource generated from the IMS error-code table. */
    public static final String RESOURCE = "error-catalog.yaml";

    private Map<ImsError, CatalogEntry> entries;

    @PostConstruct
    void load() {
        entries = ErrorCatalogReader.readResource(RESOURCE);
    }

    /** Returns the catalog entry of an error: its message, table status and kind. */
    public CatalogEntry entry(ImsError error) {
        return entries.get(error);
    }
}
