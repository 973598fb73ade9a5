package io.imsservice.domain.obs;

import io.imsservice.catalog.ImsError;
import java.util.Set;

/**
 * The image files an import accepts: their formats and their maximum size. A file of another format fails with
 * {@link #formatError}.
 *
 * @param maxSizeBytes largest file the import reads; a larger one fails with IMG.0059
 * @param rawNeedsBitmap whether a raw file needs its bitmap file next to it in the bucket
 */
public record ImageFileRules(Set<String> formats, long maxSizeBytes, boolean rawNeedsBitmap, ImsError formatError) {
    private static final long GIB = 1024L * 1024L * 1024L;

    /** Disk image formats that a normal import converts. */
    public static final Set<String> DISK_FORMATS =
            Set.of("vhd", "vhdx", "zvhd", "zvhd2", "vmdk", "qcow2", "qcow", "raw", "qed", "vdi");

    /** A normal import of a disk image: the formats IMS converts, up to 128 GiB. */
    public static final ImageFileRules IMPORT = new ImageFileRules(DISK_FORMATS, 128 * GIB, false,
            ImsError.IMAGE_FILE_INVALID);

    /** An import of an ISO file, up to 128 GiB. */
    public static final ImageFileRules ISO_IMPORT = new ImageFileRules(Set.of("iso"), 128 * GIB, false,
            ImsError.IMAGE_FILE_INVALID);

    /** A quick import, which copies the file without converting it: zvhd2, or raw with a bitmap, up to 1 TiB. */
    public static final ImageFileRules QUICK_IMPORT = new ImageFileRules(Set.of("zvhd2", "raw"), 1024 * GIB, true,
            ImsError.FAST_CREATE_FORMAT_UNSUPPORTED);
}
