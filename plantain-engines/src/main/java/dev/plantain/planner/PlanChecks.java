package dev.plantain.planner;

import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Relation;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.TextSpec;
import java.util.ArrayList;
import java.util.List;

/** The checks a plan asks the verifier to make: every count, colour, relation and text it promises. */
final class PlanChecks {

    private PlanChecks() {}

    /** "Between" is checked as the two sides the layout put the objects on; "inside" is drawn beside, unchecked. */
    private static void between(List<Entity> entities, Relation r, List<Check> checks) {
        double first = centre(entities, r.object());
        double second = centre(entities, r.secondObject());
        checks.add(position(r.subject(), first < second ? RelationKind.RIGHT_OF : RelationKind.LEFT_OF, r.object()));
        checks.add(
                position(r.subject(), first < second ? RelationKind.LEFT_OF : RelationKind.RIGHT_OF, r.secondObject()));
    }

    private static double centre(List<Entity> entities, String id) {
        Box bounds = entities.stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow()
                .bounds();
        return bounds.x() + bounds.width() / 2.0;
    }

    private static Check position(String subject, RelationKind kind, String object) {
        return new Check(
                "position:" + subject + ":" + kind.label() + ":" + object,
                CheckKind.POSITION,
                subject,
                object,
                kind.label());
    }

    static List<Check> of(List<Entity> entities, List<Relation> relations, List<TextSpec> texts) {
        List<Check> checks = new ArrayList<>();
        for (Entity e : entities) {
            checks.add(new Check("count:" + e.id(), CheckKind.COUNT, e.id(), null, Integer.toString(e.count())));
            if (e.color() != null) {
                checks.add(new Check("color:" + e.id(), CheckKind.COLOR, e.id(), null, e.color()));
            }
        }
        for (Relation r : relations) {
            if (r.relation() == RelationKind.BETWEEN) {
                between(entities, r, checks);
            } else if (r.relation() != RelationKind.INSIDE) {
                checks.add(position(r.subject(), r.relation(), r.object()));
            }
        }
        for (TextSpec t : texts) {
            checks.add(new Check("text:" + t.id(), CheckKind.TEXT, t.id(), null, t.content()));
        }
        return checks;
    }
}
