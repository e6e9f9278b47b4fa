package dev.plantain.verifier;

import dev.plantain.plan.Box;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the pieces of a drawing that falls apart on its backdrop: a zebra's white body or a bus's grey roof on a light
 * ground does not stand out, leaving its stripes or its windows and body as separate components. Components that lie
 * inside one planned box, and inside no other (an entity's box, or a text's), are one drawing; a component inside two
 * boxes (a cat on a table, a word on a sign) is left alone, and so is one that reaches out of every box.
 */
final class BoxFragments {

    /** How far, as a share of a box's larger side, a piece may stand out of the box (an outline, antialiasing). */
    static final double MARGIN = 0.05;

    private BoxFragments() {}

    static List<Component> join(ScenePlan plan, List<Component> components) {
        List<Box> boxes = new ArrayList<>();
        plan.entities().forEach(e -> boxes.addAll(e.instances()));
        plan.texts().stream().map(TextSpec::box).filter(b -> b != null).forEach(boxes::add);
        Map<Box, Component> joined = new LinkedHashMap<>();
        List<Component> result = new ArrayList<>();
        for (Component component : components) {
            List<Box> holders = boxes.stream()
                    .filter(b -> holds(b, component.box()))
                    .distinct()
                    .toList();
            if (holders.size() == 1) {
                joined.merge(holders.get(0), component, Component::merge);
            } else {
                result.add(component);
            }
        }
        result.addAll(joined.values());
        return result;
    }

    private static boolean holds(Box box, Box part) {
        Box grown = box.grow((int) Math.ceil(MARGIN * Math.max(box.width(), box.height())));
        return part.x() >= grown.x()
                && part.y() >= grown.y()
                && part.right() <= grown.right()
                && part.bottom() <= grown.bottom();
    }
}
