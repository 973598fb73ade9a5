package io.imsservice.store.memory;

import io.imsservice.domain.share.ImageMember;
import io.imsservice.domain.share.MemberStatus;
import io.imsservice.store.ImageMemberStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The embedded default member store: members by image id, then by member id. One lock guards the map, so each
 * batch is checked and applied as a whole; operations are in-memory and short.
 */
@ApplicationScoped
public class InMemoryImageMemberStore implements ImageMemberStore {
    private static final Comparator<ImageMember> OLDEST_FIRST = Comparator.comparing(ImageMember::createdAt)
            .thenComparing(ImageMember::memberId);

    private final Map<String, Map<String, ImageMember>> membersByImage = new HashMap<>();

    @Override
    public Uni<AddOutcome> addMembers(Collection<ImageMember> members, ToIntFunction<String> maxMembers) {
        List<ImageMember> copy = List.copyOf(members);
        return Uni.createFrom().item(() -> add(copy, maxMembers));
    }

    private synchronized AddOutcome add(List<ImageMember> members, ToIntFunction<String> maxMembers) {
        Map<String, Map<String, ImageMember>> newByImage = new LinkedHashMap<>();
        for (ImageMember member : members) {
            boolean exists = membersOf(member.imageId()).containsKey(member.memberId());
            if (!exists) {
                newByImage.computeIfAbsent(member.imageId(), id -> new LinkedHashMap<>())
                        .putIfAbsent(member.memberId(), member);
            }
        }
        for (Map.Entry<String, Map<String, ImageMember>> image : newByImage.entrySet()) {
            int total = membersOf(image.getKey()).size() + image.getValue().size();
            if (total > maxMembers.applyAsInt(image.getKey())) {
                return new AddOutcome(List.of(), image.getKey());
            }
        }
        List<ImageMember> added = new ArrayList<>();
        newByImage.forEach((imageId, newMembers) -> {
            membersByImage.computeIfAbsent(imageId, id -> new LinkedHashMap<>()).putAll(newMembers);
            added.addAll(newMembers.values());
        });
        return new AddOutcome(added, null);
    }

    @Override
    public Uni<Optional<List<ImageMember>>> updateStatus(Collection<String> imageIds, String memberId,
            MemberStatus status, Instant now) {
        List<String> ids = List.copyOf(imageIds);
        return Uni.createFrom().item(() -> setStatus(ids, memberId, status, now));
    }

    private synchronized Optional<List<ImageMember>> setStatus(List<String> imageIds, String memberId,
            MemberStatus status, Instant now) {
        boolean allExist = imageIds.stream().allMatch(imageId -> membersOf(imageId).containsKey(memberId));
        if (!allExist) {
            return Optional.empty();
        }
        List<ImageMember> updated = new ArrayList<>();
        for (String imageId : imageIds.stream().distinct().toList()) {
            ImageMember changed = membersOf(imageId).get(memberId).withStatus(status, now);
            membersByImage.get(imageId).put(memberId, changed);
            updated.add(changed);
        }
        return Optional.of(updated);
    }

    @Override
    public Uni<List<ImageMember>> removeMembers(Collection<String> imageIds, Collection<String> memberIds) {
        List<String> images = List.copyOf(imageIds);
        List<String> members = List.copyOf(memberIds);
        return Uni.createFrom().item(() -> remove(images, members));
    }

    private synchronized List<ImageMember> remove(List<String> imageIds, List<String> memberIds) {
        List<ImageMember> removed = new ArrayList<>();
        for (String imageId : imageIds.stream().distinct().toList()) {
            Map<String, ImageMember> members = membersByImage.get(imageId);
            if (members == null) {
                continue;
            }
            for (String memberId : memberIds.stream().distinct().toList()) {
                ImageMember member = members.remove(memberId);
                if (member != null) {
                    removed.add(member);
                }
            }
            if (members.isEmpty()) {
                membersByImage.remove(imageId);
            }
        }
        return removed;
    }

    @Override
    public Uni<Void> removeImage(String imageId) {
        return Uni.createFrom().item(() -> {
            removeAllOf(imageId);
            return null;
        });
    }

    private synchronized void removeAllOf(String imageId) {
        membersByImage.remove(imageId);
    }

    @Override
    public Uni<Optional<ImageMember>> find(String imageId, String memberId) {
        return Uni.createFrom().item(() -> findMember(imageId, memberId));
    }

    private synchronized Optional<ImageMember> findMember(String imageId, String memberId) {
        return Optional.ofNullable(membersOf(imageId).get(memberId));
    }

    @Override
    public Uni<List<ImageMember>> listByImage(String imageId) {
        return Uni.createFrom().item(() -> membersOfImage(imageId));
    }

    private synchronized List<ImageMember> membersOfImage(String imageId) {
        return membersOf(imageId).values().stream()
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public Uni<List<ImageMember>> listByMember(String memberId) {
        return Uni.createFrom().item(() -> membershipsOf(memberId));
    }

    private synchronized List<ImageMember> membershipsOf(String memberId) {
        return membersByImage.values().stream()
                .map(members -> members.get(memberId))
                .filter(member -> member != null)
                .toList();
    }

    @Override
    public Uni<Set<String>> listSharedImageIds() {
        return Uni.createFrom().item(this::sharedImageIds);
    }

    private synchronized Set<String> sharedImageIds() {
        return Set.copyOf(membersByImage.keySet());
    }

    @Override
    public Uni<Void> clear() {
        return Uni.createFrom().item(() -> {
            removeEverything();
            return null;
        });
    }

    private synchronized void removeEverything() {
        membersByImage.clear();
    }

    /** Members of the image, or an empty map; the caller holds the lock. */
    private Map<String, ImageMember> membersOf(String imageId) {
        return membersByImage.getOrDefault(imageId, Map.of());
    }
}
