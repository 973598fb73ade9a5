package io.imsservice.api.auth;

import io.imsservice.domain.Caller;
import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of the current request, set by the authentication filter. Resources read it once at the start of a
 * method and pass the {@link Caller} down the pipeline explicitly.
 */
@RequestScoped
public class CurrentCaller {
    private Caller caller;

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("No authenticated caller: the path is not behind the authentication filter");
        }
        return caller;
    }

    /** Returns whether the request passed authentication. Paths outside it, such as /sim/v1, have no caller. */
    public boolean isPresent() {
        return caller != null;
    }

    public void set(Caller caller) {
        this.caller = caller;
    }
}
