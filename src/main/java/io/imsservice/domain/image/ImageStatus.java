package io.imsservice.domain.image;

import java.util.Locale;

/** Glance image status as IMS reports it. */
public enum ImageStatus {
    QUEUED,
    SAVING,
    ACTIVE,
    KILLED,
    DELETED;

    /** Returns the lower-case wire value, such as {@code active}. */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns whether the image is still being created, so it cannot be deleted or used yet. */
    public boolean inProgress() {
        return this == QUEUED || this == SAVING;
    }
}
