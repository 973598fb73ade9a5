package io.imsservice.domain.image;

import io.imsservice.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;

/** Which images a caller can see: its own, and public ones. */
@ApplicationScoped
public class ImageAccess {

    public boolean canSee(Caller caller, Image image) {
        return image.isOwnedBy(caller.projectId()) || image.isPublic();
    }
}
