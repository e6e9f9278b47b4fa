package dev.plantain.verifier;

import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives each foreground component to the planned entity it most plausibly depicts: the one whose boxes it sits
 * in or nearest to, weighted by how well its colours match what the entity should look like, best matches first and
 * each entity up to its planned count before any takes more. Components on a text plate (not one written on an entity), specks and strays far
 * from every box (unless clearly of an entity's colours) belong to no entity. Fragments of one drawing are merged:
 * those inside one planned box first ({@link BoxFragments}), then an entity's parts that overlap or stand just off
 * each other.
 */
final class ComponentAssigner {

    /** Components smaller than this share of the smallest planned box are specks... */
    static final double SPECK_SHARE = 0.15;
    /**
     * ...and so are those under this share of the smallest planned drawing's ink (its box times the share its art
     * covers), whichever is less: a bicycle's frame and wheels ink a tenth of its box, a laptop most of it.
     */
    static final double SPECK_SHARE_OF_INK = 1 / 3.0;
    /** A component further than two box sizes from every box is a stray... */
    private static final double MIN_PROXIMITY = 1 / 3.0;
    /** ...unless its colours clearly match the entity's: then it may stand anywhere (a mirrored or swapped scene). */
    private static final double MIN_PROXIMITY_BY_COLOUR = 0.1;
    /** A component belongs to a text plate only when it sits on it, give or take a quarter of the plate's size. */
    private static final double TEXT_PROXIMITY = 0.8;
    /** Keeps position decisive when colours say nothing. */
    private static final double COLOUR_FLOOR = 0.5;
    /** The colour similarity from which colour can outweigh position. */
    private static final double CLEAR_MATCH = 0.5;
    /** The similarity assumed for an entity whose look is unknown. */
    private static final double NEUTRAL_SIMILARITY = 0.75;

    private record Candidate(Component component, String entityId, double weight) {}

    private final EntitySignatures signatures;

    ComponentAssigner(EntitySignatures signatures) {
        this.signatures = signatures;
    }

    /** The instances found for every entity of the plan, by entity id, in plan order. */
    Map<String, List<Component>> assign(ScenePlan plan, List<Component> components) {
        Map<String, List<Component>> groups = new LinkedHashMap<>();
        plan.entities().forEach(e -> groups.put(e.id(), new ArrayList<>()));
        List<Candidate> candidates = candidates(plan, BoxFragments.join(plan, components));
        Set<Component> placed = new HashSet<>();
        // first every entity takes up to its planned count of its best matches, then the rest go where they fit best
        for (boolean capped : new boolean[] {true, false}) {
            for (Candidate c : candidates) {
                if (placed.contains(c.component())) {
                    continue;
                }
                if (c.entityId() == null) {
                    placed.add(c.component());
                } else if (!capped
                        || groups.get(c.entityId()).size()
                                < plan.entity(c.entityId()).get().count()) {
                    groups.get(c.entityId()).add(c.component());
                    placed.add(c.component());
                }
            }
        }
        groups.replaceAll((id, parts) -> mergeFragments(parts));
        return groups;
    }

    /** Every plausible (component, owner) pair, best first; a null owner is a text plate. */
    private List<Candidate> candidates(ScenePlan plan, List<Component> components) {
        Map<String, Optional<FamilyShares>> expected = new LinkedHashMap<>();
        plan.entities().forEach(e -> expected.put(e.id(), signatures.of(e)));
        double speck = speck(plan);
        List<Candidate> candidates = new ArrayList<>();
        for (Component component : components) {
            if (component.area() < speck) {
                continue;
            }
            for (Entity entity : plan.entities()) {
                double proximity = proximity(component, entity.instances());
                double similarity = expected.get(entity.id())
                        .map(s -> s.similarity(component.allColours()))
                        .orElse(NEUTRAL_SIMILARITY);
                boolean near =
                        proximity >= MIN_PROXIMITY || similarity >= CLEAR_MATCH && proximity >= MIN_PROXIMITY_BY_COLOUR;
                if (near) {
                    candidates.add(new Candidate(component, entity.id(), proximity * colourFactor(similarity)));
                }
            }
            for (TextSpec text : plan.texts()) {
                // a text written on an entity is part of that entity's drawing, not a plate of its own
                double proximity = text.box() == null || onEntity(plan, text.box())
                        ? 0
                        : proximity(component, List.of(text.box()));
                if (proximity >= TEXT_PROXIMITY) {
                    candidates.add(new Candidate(component, null, proximity * colourFactor(1)));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::weight).reversed());
        return candidates;
    }

    /** True when the box lies wholly inside an entity instance's box: a text written on that entity. */
    private static boolean onEntity(ScenePlan plan, Box text) {
        return plan.entities().stream()
                .flatMap(e -> e.instances().stream())
                .anyMatch(b -> text.x() >= b.x()
                        && text.y() >= b.y()
                        && text.right() <= b.right()
                        && text.bottom() <= b.bottom());
    }

    /** Only a clear colour match counts, so that a wrongly coloured entity is not taken for a neighbour. */
    private static double colourFactor(double similarity) {
        return COLOUR_FLOOR + (similarity >= CLEAR_MATCH ? 2 * similarity : 0);
    }

    /** 1 inside a box, falling with the distance from the nearest box measured in box sizes. */
    static double proximity(Component component, List<Box> boxes) {
        double best = 0;
        for (Box box : boxes) {
            double dx = Math.max(0, Math.max(box.x() - component.centerX(), component.centerX() - box.right()));
            double dy = Math.max(0, Math.max(box.y() - component.centerY(), component.centerY() - box.bottom()));
            double size = Math.sqrt(Math.max(1, box.area()));
            best = Math.max(best, 1 / (1 + Math.hypot(dx, dy) / size));
        }
        return best;
    }

    /** The area under which a component is a speck: judged against the smallest planned box and drawing. */
    private double speck(ScenePlan plan) {
        double box = Double.MAX_VALUE;
        double ink = Double.MAX_VALUE;
        for (Entity entity : plan.entities()) {
            double share = signatures.ink(entity);
            for (Box instance : entity.instances()) {
                if (instance.area() > 0) {
                    box = Math.min(box, instance.area());
                    ink = Math.min(ink, instance.area() * share);
                }
            }
        }
        if (box == Double.MAX_VALUE) {
            return SPECK_SHARE * 0.001 * plan.width() * plan.height();
        }
        return Math.min(SPECK_SHARE * box, SPECK_SHARE_OF_INK * ink);
    }

    private static List<Component> mergeFragments(List<Component> parts) {
        List<Component> merged = new ArrayList<>(parts);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < merged.size() && !changed; i++) {
                for (int j = i + 1; j < merged.size() && !changed; j++) {
                    if (merged.get(i).sameDrawing(merged.get(j))) {
                        merged.set(i, merged.get(i).merge(merged.remove(j)));
                        changed = true;
                    }
                }
            }
        }
        return merged;
    }
}
