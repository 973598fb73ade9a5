package io.imsservice.domain.share;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Status of a project's membership of a shared image. A new member is pending until it accepts or rejects. */
public enum MemberStatus {
    PENDING,
    ACCEPTED,
    REJECTED;

    /** Returns the lower-case wire value, such as {@code accepted}. */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire value; the match is case-sensitive, as IMS is. */
    public static Optional<MemberStatus> fromWireValue(String value) {
        return Arrays.stream(values())
                .filter(status -> status.wireValue().equals(value))
                .findFirst();
    }
}
