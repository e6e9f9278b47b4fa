package dev.plantain.verifier;

import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the pixels show, organised by the plan: the instances found for each entity, and the image itself. */
record Scene(ScenePlan plan, Map<String, List<Component>> groups, Segmentation segmentation, BufferedImage image) {

    Optional<Entity> entity(String id) {
        return id == null ? Optional.empty() : plan.entity(id);
    }

    List<Component> found(String entityId) {
        return groups.getOrDefault(entityId, List.of());
    }

    /** The box around an entity's found instances, or around its planned ones when none was found. */
    Box region(Entity entity) {
        return found(entity.id()).stream()
                .map(Component::box)
                .reduce(Box::union)
                .orElseGet(() -> entity.instances().isEmpty() ? null : entity.bounds());
    }

    /** All of an entity's found instances as one blob, or empty when none was found. */
    Optional<Component> group(String entityId) {
        return found(entityId).stream().reduce(Component::merge);
    }
}
