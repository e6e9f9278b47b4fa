package dev.plantain.render;

import dev.plantain.plan.Atom;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Relation;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.ScenePlan;
import dev.plantain.render.stage.StageWords;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Things stand on the ground: in a scenery with a ground, an instance of a thing that neither flies nor is said to
 * be above another, whose foot the layout left in the sky (or in the surf of a beach), is moved straight down to
 * stand on the ground. Things that swim or float stay in the water. Scenes without a ground keep their layout.
 */
public final class Grounding {

    private static final Set<String> AFLOAT = Set.of(
            "boat",
            "ship",
            "sailboat",
            "yacht",
            "canoe",
            "kayak",
            "ferry",
            "submarine",
            "fish",
            "whale",
            "dolphin",
            "shark",
            "duck",
            "swan",
            "surfboard",
            "jellyfish",
            "octopus",
            "seal",
            "turtle",
            "buoy",
            "raft");

    private Grounding() {}

    /** The plan with every grounded thing's instances standing on the ground. */
    public static ScenePlan apply(ScenePlan plan) {
        return Scenery.of(plan)
                .filter(s -> s.horizon() < plan.height())
                .map(s -> plan.withEntities(plan.entities().stream()
                        .map(e -> keepsPlace(plan, e) ? e : e.withInstances(ground(e.instances(), s, plan)))
                        .toList()))
                .orElse(plan);
    }

    private static boolean keepsPlace(ScenePlan plan, Entity e) {
        String concept = e.concept().toLowerCase(Locale.ROOT);
        if (e.instances().isEmpty() || StageWords.flies(concept) || AFLOAT.contains(concept)) {
            return true;
        }
        return aloft(plan).contains(e.id());
    }

    /** Entities the prompt puts above another, or which fly. */
    private static Set<String> aloft(ScenePlan plan) {
        Set<String> aloft = new HashSet<>();
        for (Relation r : plan.relations()) {
            if (r.relation() == RelationKind.ABOVE) {
                aloft.add(r.subject());
            } else if (r.relation() == RelationKind.BELOW) {
                aloft.add(r.object());
            }
        }
        if (plan.graph() != null) {
            for (Atom a : plan.graph().atoms()) {
                String v = a.value() == null ? "" : a.value().toLowerCase(Locale.ROOT);
                if (a.subject() != null && (v.startsWith("fly") || v.startsWith("float") || v.startsWith("hover"))) {
                    aloft.add(a.subject());
                }
            }
        }
        return aloft;
    }

    private static List<Box> ground(List<Box> boxes, Scenery scenery, ScenePlan plan) {
        int footing = scenery.footing();
        int least = footing + (int) Math.round(0.06 * (plan.height() - footing));
        return boxes.stream()
                .map(b -> b.bottom() >= least
                        ? b
                        : new Box(
                                b.x(),
                                Math.min(plan.height() - b.height(), least + spread(b, plan) - b.height()),
                                b.width(),
                                b.height()))
                .toList();
    }

    /** A little depth by where the box stands across, so a row of things does not stand on one line. */
    private static int spread(Box box, ScenePlan plan) {
        return (int) Math.round(0.05 * plan.height() * ((box.x() * 7L + box.width()) % 5) / 4.0);
    }
}
