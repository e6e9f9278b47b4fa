package dev.plantain.verifier;

import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.util.ArrayList;
import java.util.List;

/** Plans for test scenes: two of one thing left of one of another, with every check the planner would ask for. */
final class Scenes {

    static final int WIDTH = 1024;
    static final int HEIGHT = 768;

    private Scenes() {}

    /** Two {@code a} on the left, one {@code b} on the right, "a left-of b". */
    static ScenePlan twoLeftOfOne(Thing a, Thing b) {
        return plan(
                List.of(
                        entity("e1", a, List.of(new Box(60, 290, 200, 200), new Box(320, 290, 200, 200))),
                        entity("e2", b, List.of(new Box(680, 260, 260, 260)))),
                List.of());
    }

    static ScenePlan plan(List<Entity> entities, List<TextSpec> texts) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("image", CheckKind.IMAGE, null, null, null));
        for (Entity e : entities) {
            checks.add(new Check("count:" + e.id(), CheckKind.COUNT, e.id(), null, Integer.toString(e.count())));
            if (e.color() != null) {
                checks.add(new Check("color:" + e.id(), CheckKind.COLOR, e.id(), null, e.color()));
            }
            checks.add(new Check("clipping:" + e.id(), CheckKind.CLIPPING, e.id(), null, null));
            checks.add(new Check("contrast:" + e.id(), CheckKind.CONTRAST, e.id(), null, null));
            checks.add(new Check("identity:" + e.id(), CheckKind.IDENTITY, e.id(), null, null));
        }
        if (entities.size() == 2) {
            checks.add(new Check("position:e1:left-of:e2", CheckKind.POSITION, "e1", "e2", "left-of"));
        }
        for (TextSpec t : texts) {
            checks.add(new Check("text:" + t.id(), CheckKind.TEXT, t.id(), null, t.content()));
        }
        return ScenePlan.builder("test scene", WIDTH, HEIGHT)
                .seed(7)
                .background("white")
                .entities(entities)
                .texts(texts)
                .checks(checks)
                .build();
    }

    static Entity entity(String id, Thing thing, List<Box> boxes) {
        return new Entity(
                id,
                thing.concept(),
                thing.concept(),
                thing.artId(),
                boxes.size(),
                thing.colour(),
                EntitySize.MEDIUM,
                boxes);
    }

    /** The plan with one entity's colour changed, to draw what the plan did not ask for. */
    static ScenePlan recoloured(ScenePlan plan, String entityId, String colour) {
        return plan.withEntities(plan.entities().stream()
                .map(e -> e.id().equals(entityId)
                        ? new Entity(
                                e.id(), e.noun(), e.concept(), e.artId(), e.count(), colour, e.size(), e.instances())
                        : e)
                .toList());
    }

    /** The plan with one entity's boxes replaced. */
    static ScenePlan moved(ScenePlan plan, String entityId, List<Box> boxes) {
        return plan.withEntities(plan.entities().stream()
                .map(e -> e.id().equals(entityId) ? e.withInstances(boxes) : e)
                .toList());
    }
}
