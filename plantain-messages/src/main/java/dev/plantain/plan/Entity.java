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
 * @param drawOrder the draw order: an entity is drawn after (over) those of a lower order; null stands for 0, the
 *     order of every entity that stands in front of none ("a cat in front of a dog" gives the cat 1)
 */
public record Entity(
        String id,
        String noun,
        String concept,
        String artId,
        int count,
        String color,
        EntitySize size,
        List<Box> instances,
        Integer drawOrder) {

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
        if (drawOrder != null && drawOrder < 0) {
            throw new IllegalArgumentException("entity " + id + " draw order must not be negative, was " + drawOrder);
        }
        drawOrder = drawOrder == null || drawOrder == 0 ? null : drawOrder;
    }

    /** An entity drawn in the first order, with every entity standing in front of none. */
    public Entity(
            String id,
            String noun,
            String concept,
            String artId,
            int count,
            String color,
            EntitySize size,
            List<Box> instances) {
        this(id, noun, concept, artId, count, color, size, instances, null);
    }

    public Entity withInstances(List<Box> boxes) {
        return new Entity(id, noun, concept, artId, boxes.size(), color, size, boxes, drawOrder);
    }

    /** The draw order as a number, 0 when none is given. */
    public int layer() {
        return drawOrder == null ? 0 : drawOrder;
    }

    /** The box around all instances. */
    public Box bounds() {
        return instances.stream().reduce(Box::union).orElseThrow();
    }
}
