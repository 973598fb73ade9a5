package io.imsservice.domain.os;

import java.util.Set;

/**
 * An OS version of the region, as GET /v1/cloudimages/os_version lists it.
 *
 * @param osBit 32 or 64
 * @param osType {@code Linux}, {@code Windows} or {@code Other}
 * @param tags capabilities the version has: {@code x86}, {@code arm}, {@code bms}, {@code uefi}
 */
public record OsVersion(String platform, String osVersionKey, String osVersion, int osBit, String osType,
        Set<String> tags) {
}
