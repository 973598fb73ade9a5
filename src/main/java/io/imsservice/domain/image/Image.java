package io.imsservice.domain.image;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An image as the store keeps it. The Glance core attributes are fields; every other attribute (the IMS {@code __}
 * attributes, {@code virtual_env_type}, {@code enterprise_project_id}, {@code hw_firmware_type}, {@code max_ram}, and
 * custom attributes added by PATCH) is a string in {@link #properties}, because IMS returns them as strings.
 *
 * <p>The region and the state of a full-ECS image's backup are kept beside the attributes and never rendered. The
 * store contains the images of every region, and callers see only those of their own region.
 *
 * <p>Instances are mutable but never shared: the store hands out copies, and changes go back through the store.
 */
public final class Image {
    private String id;
    private String name;
    private ImageStatus status;
    private String visibility;
    private boolean protectedImage;
    private String owner;
    private String diskFormat;
    private String containerFormat = "bare";
    private int minDisk;
    private int minRam;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant activeAt;
    private String region;
    private String backupAvailabilityZone;
    private MarketplaceState marketplaceState;
    private boolean exporting;
    private String wholeImageType;
    private final LinkedHashMap<String, String> tags = new LinkedHashMap<>();
    private final TreeMap<String, String> properties = new TreeMap<>();
    private final TreeSet<String> backupReplicaRegions = new TreeSet<>();

    public Image copy() {
        Image copy = new Image();
        copy.id = id;
        copy.name = name;
        copy.status = status;
        copy.visibility = visibility;
        copy.protectedImage = protectedImage;
        copy.owner = owner;
        copy.diskFormat = diskFormat;
        copy.containerFormat = containerFormat;
        copy.minDisk = minDisk;
        copy.minRam = minRam;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        copy.activeAt = activeAt;
        copy.region = region;
        copy.backupAvailabilityZone = backupAvailabilityZone;
        copy.marketplaceState = marketplaceState;
        copy.exporting = exporting;
        copy.wholeImageType = wholeImageType;
        copy.tags.putAll(tags);
        copy.properties.putAll(properties);
        copy.backupReplicaRegions.addAll(backupReplicaRegions);
        return copy;
    }

    public String id() {
        return id;
    }

    public Image id(String value) {
        id = value;
        return this;
    }

    public String name() {
        return name;
    }

    public Image name(String value) {
        name = value;
        return this;
    }

    public ImageStatus status() {
        return status;
    }

    public Image status(ImageStatus value) {
        status = value;
        return this;
    }

    /** {@code private}, {@code public} or {@code shared}. */
    public String visibility() {
        return visibility;
    }

    public Image visibility(String value) {
        visibility = value;
        return this;
    }

    public boolean isProtected() {
        return protectedImage;
    }

    public Image protectedImage(boolean value) {
        protectedImage = value;
        return this;
    }

    /** Id of the owning project. */
    public String owner() {
        return owner;
    }

    public Image owner(String value) {
        owner = value;
        return this;
    }

    public String diskFormat() {
        return diskFormat;
    }

    public Image diskFormat(String value) {
        diskFormat = value;
        return this;
    }

    public String containerFormat() {
        return containerFormat;
    }

    public Image containerFormat(String value) {
        containerFormat = value;
        return this;
    }

    /** Minimum disk size in GiB. */
    public int minDisk() {
        return minDisk;
    }

    public Image minDisk(int value) {
        minDisk = value;
        return this;
    }

    /** Minimum memory in MiB; 0 means no limit. */
    public int minRam() {
        return minRam;
    }

    public Image minRam(int value) {
        minRam = value;
        return this;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Image createdAt(Instant value) {
        createdAt = value;
        return this;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Image updatedAt(Instant value) {
        updatedAt = value;
        return this;
    }

    /** When the image became active, or {@code null} while it is being created. */
    public Instant activeAt() {
        return activeAt;
    }

    public Image activeAt(Instant value) {
        activeAt = value;
        return this;
    }

    /** Region the image is stored in, or {@code null} for the service's own region ({@code ims.region}). */
    public String region() {
        return region;
    }

    public Image region(String value) {
        region = value;
        return this;
    }

    /**
     * Returns the one availability zone that a full-ECS image's backup is still confined to, or {@code null} when the backup
     * is available in the whole region. Such an image cannot be copied to another region yet (IMG.0152).
     */
    public String backupAvailabilityZone() {
        return backupAvailabilityZone;
    }

    public Image backupAvailabilityZone(String value) {
        backupAvailabilityZone = value;
        return this;
    }

    /**
     * Backup service that keeps a full-ECS image's disks, {@code CBR} or {@code CSBS} as {@code BackupPort} names
     * them, or {@code null} for other images. Only CBR full-ECS images can be shared.
     */
    public String wholeImageType() {
        return wholeImageType;
    }

    public Image wholeImageType(String value) {
        wholeImageType = value;
        return this;
    }

    /**
     * Regions that already hold a replica of a full-ECS image's backup, in name order. A second copy of the image to
     * one of them fails with IMG.0150.
     */
    public Set<String> backupReplicaRegions() {
        return backupReplicaRegions;
    }

    /** Place of the image in the Marketplace publishing flow, or {@code null} when it never entered it. */
    public MarketplaceState marketplaceState() {
        return marketplaceState;
    }

    public Image marketplaceState(MarketplaceState value) {
        marketplaceState = value;
        return this;
    }

    /**
     * Returns whether an export job is writing the image to OBS. IMS returns this state in no image attribute, but
     * a second export of the image fails with IMG.0148 while it lasts.
     */
    public boolean isExporting() {
        return exporting;
    }

    public Image exporting(boolean value) {
        exporting = value;
        return this;
    }

    /** Key/value tags in insertion order; a key-only tag has the value {@code ""}. */
    public Map<String, String> tags() {
        return tags;
    }

    /** Extension and custom attributes by JSON name, in name order. */
    public Map<String, String> properties() {
        return properties;
    }

    public String property(String key) {
        return properties.get(key);
    }

    /** Sets a property, or removes it when the value is {@code null}. */
    public Image property(String key, String value) {
        if (value == null) {
            properties.remove(key);
        } else {
            properties.put(key, value);
        }
        return this;
    }

    /** Returns the {@code __imagetype} attribute: {@code gold}, {@code private}, {@code shared} or {@code market}. */
    public String imageType() {
        return properties.get(ImageAttributes.IMAGE_TYPE);
    }

    public boolean isPublic() {
        return "public".equals(visibility);
    }

    /** Returns whether the image is a Marketplace image. */
    public boolean isMarket() {
        return "market".equals(imageType());
    }

    /** Returns whether the image is a full-ECS image, which captures every disk of a server in a backup. */
    public boolean isWholeImage() {
        return "true".equals(properties.get(ImageAttributes.WHOLE_IMAGE));
    }

    /** Returns whether the image is being published to the Marketplace or is listed there. */
    public boolean inMarketplaceFlow() {
        return marketplaceState != null && marketplaceState.inFlow();
    }

    /** Returns whether the image belongs to the project. */
    public boolean isOwnedBy(String projectId) {
        return owner != null && owner.equals(projectId);
    }
}
