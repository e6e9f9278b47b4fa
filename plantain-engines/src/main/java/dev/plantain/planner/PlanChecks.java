package dev.plantain.planner;

import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Relation;
import dev.plantain.plan.TextSpec;
import java.util.ArrayList;
import java.util.List;

/** The checks a plan asks the verifier to make: every count, colour, relation and text it promises. */
final class PlanChecks {

    private PlanChecks() {}

    static List<Check> of(List<Entity> entities, List<Relation> relations, List<TextSpec> texts) {
        List<Check> checks = new ArrayList<>();
        for (Entity e : entities) {
            checks.add(new Check("count:" + e.id(), CheckKind.COUNT, e.id(), null, Integer.toString(e.count())));
            if (e.color() != null) {
                checks.add(new Check("color:" + e.id(), CheckKind.COLOR, e.id(), null, e.color()));
            }
        }
        for (Relation r : relations) {
            String label = r.relation().label();
            checks.add(new Check("position:" + r.subject() + ":" + label + ":" + r.object(), CheckKind.POSITION,
                    r.subject(), r.object(), label));
        }
        for (TextSpec t : texts) {
            checks.add(new Check("text:" + t.id(), CheckKind.TEXT, t.id(), null, t.content()));
        }
        return checks;
    }
}
