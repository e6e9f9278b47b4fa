package dev.plantain.refiner;

import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.refiner.RepairState.Obstacle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settles an entity's instances into a region: first every instance inside it and clear of everything already kept
 * stays, in plan order; then each other instance moves to the nearest free spot. Nothing is committed: the caller
 * applies the moves once every instance has found a place.
 */
final class InstanceSettler {

    /** One instance to move, and why it had to. */
    record Move(String entityId, int index, Box to, String why) {}

    private final int gap;

    /** Obstacles so far, including the instances settled by this settler. */
    private final List<Obstacle> obstacles;

    InstanceSettler(List<Obstacle> obstacles, int gap) {
        this.obstacles = new ArrayList<>(obstacles);
        this.gap = gap;
    }

    /**
     * The moves that settle every instance of {@code entity} inside {@code region}, or empty when one cannot be placed.
     *
     * @param outside why an instance outside the region had to move ("it was too close to the canvas edge")
     * @param regionFirst whether being outside the region is the reason to give before any overlap
     */
    Optional<List<Move>> settle(Entity entity, Box region, String outside, boolean regionFirst) {
        List<Box> boxes = entity.instances();
        List<Integer> unsettled = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (FreeSpots.free(boxes.get(i), region, blocked())) {
                obstacles.add(new Obstacle(RepairState.name(entity, i), boxes.get(i)));
            } else {
                unsettled.add(i);
            }
        }
        List<String> reasons = unsettled.stream()
                .map(i -> why(boxes.get(i), region, outside, regionFirst))
                .toList();
        List<Move> moves = new ArrayList<>();
        for (int k = 0; k < unsettled.size(); k++) {
            int i = unsettled.get(k);
            Optional<Box> spot = FreeSpots.nearest(boxes.get(i), region, blocked());
            if (spot.isEmpty()) {
                return Optional.empty();
            }
            moves.add(new Move(entity.id(), i, spot.get(), reasons.get(k)));
            obstacles.add(new Obstacle(RepairState.name(entity, i), spot.get()));
        }
        return Optional.of(moves);
    }

    private String why(Box box, Box region, String outside, boolean regionFirst) {
        boolean inside = FreeSpots.free(box, region, List.of());
        if (regionFirst && !inside) {
            return outside;
        }
        for (Obstacle o : obstacles) {
            if (box.intersects(o.box())) {
                return "it overlapped " + o.name();
            }
        }
        for (Obstacle o : obstacles) {
            if (box.intersects(o.box().grow(gap))) {
                return "it touched " + o.name();
            }
        }
        return outside;
    }

    private List<Box> blocked() {
        return obstacles.stream().map(o -> o.box().grow(gap)).toList();
    }
}
