package dev.plantain.plan;

import java.util.List;
import java.util.Objects;

/**
 * One thing the prompt asks for, with every instance's box in the solved layout.
 *
 * @param id stable id within the plan ({@code e1}, {@code e2}, ...)
 * @param noun the word as written in the prompt ("apples")
 * @param concept the normalised concept ("apple")
 * @param artId the art library key that depicts it ("red-apple")
 * @param count how many instances
 * @param color a palette colour name, or null when the prompt gives none
 * @param size the requested size
 * @param instances one box per instance, {@code count} of them
 */
public record Entity(
        String id,
        String noun,
        String concept,
        String artId,
        int count,
        String color,
        EntitySize size,
        List<Box> instances) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(artId, "artId");
        size = size == null ? EntitySize.MEDIUM : size;
        instances = instances == null ? List.of() : List.copyOf(instances);
        if (count < 1) {
            throw new IllegalArgumentException("entity " + id + " count must be at least 1, was " + count);
        }
        if (!instances.isEmpty() && instances.size() != count) {
            throw new IllegalArgumentException(
                    "entity " + id + " has " + instances.size() + " boxes for a count of " + count);
        }
    }

    public Entity withInstances(List<Box> boxes) {
        return new Entity(id, noun, concept, artId, boxes.size(), color, size, boxes);
    }

    /** The box around all instances. */
    public Box bounds() {
        return instances.stream().reduce(Box::union).orElseThrow();
    }
}
