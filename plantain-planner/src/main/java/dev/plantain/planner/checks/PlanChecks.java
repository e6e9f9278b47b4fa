package dev.plantain.planner.checks;

import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Relation;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.TextSpec;
import dev.plantain.render.SceneArtist;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a plan asks the verifier to make: every count, colour, relation and text it promises, and on every job
 * the pixel checks a careful reader makes unasked: the whole image is a picture, and each entity stands whole inside
 * the canvas, stands out from its surroundings and is the art planned for it. Identity is asked because every
 * entity's {@code artId} names art in the library the built-in draft engine draws from, and only in the looks that keep
 * the art's shape; a verifier that lacks that library reports it not verified.
 */
public final class PlanChecks {

    /** The checks every entity gets from the pixels alone, whatever the prompt says of it; identity last. */
    static final List<CheckKind> PIXEL_KINDS = List.of(CheckKind.CLIPPING, CheckKind.CONTRAST, CheckKind.IDENTITY);

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

    /**
     * The checks for these parts of a plan drawn in {@code style} (null for none); the template check is asked only
     * where the built-in draft engine's look keeps the art's shape (flat, photo), the only images it can judge.
     */
    public static List<Check> of(List<Entity> entities, List<Relation> relations, List<TextSpec> texts, String style) {
        List<CheckKind> pixelKinds = SceneArtist.keepsArtShape(style) ? PIXEL_KINDS : PIXEL_KINDS.subList(0, 2);
        List<Check> checks = new ArrayList<>();
        if (!entities.isEmpty() || !texts.isEmpty()) {
            checks.add(new Check("image", CheckKind.IMAGE, null, null, null));
        }
        for (Entity e : entities) {
            checks.add(new Check("count:" + e.id(), CheckKind.COUNT, e.id(), null, Integer.toString(e.count())));
            if (e.color() != null) {
                checks.add(new Check("color:" + e.id(), CheckKind.COLOR, e.id(), null, e.color()));
            }
            for (CheckKind kind : pixelKinds) {
                checks.add(new Check(kind.label() + ":" + e.id(), kind, e.id(), null, null));
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
