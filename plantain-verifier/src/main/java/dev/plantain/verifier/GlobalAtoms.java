package dev.plantain.verifier;

import dev.plantain.messages.AtomResult;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Atom;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import java.util.List;
import java.util.Optional;

/**
 * The scene's atoms: a quoted text by OCR and by standing on its carrier (inside the carrier's found pixels), a setting,
 * time or weather by what {@link SceneMeasure} can measure of the ground and sky; styles and what cannot be measured
 * are not judged.
 */
final class GlobalAtoms {

    private GlobalAtoms() {}

    static AtomResult judge(Atom atom, AtomContext context) {
        String type = atom.type() == null ? "setting" : atom.type();
        if (type.equals("text")) {
            return text(atom, context);
        }
        if (type.equals("style")) {
            return context.notJudged(atom, "style '" + atom.value() + "' is not judged from pixels by this engine");
        }
        if (context.scene() == null) {
            return context.notJudged(atom, type + " '" + atom.value() + "' not judged: no picture");
        }
        return SceneMeasure.judge(atom.value(), context.scene())
                .map(f -> context.result(
                        atom, f.holds() ? CheckStatus.PASSED : CheckStatus.FAILED, f.words(), List.of(), null))
                .orElseGet(() -> context.notJudged(
                        atom, type + " '" + atom.value() + "' is not judged from pixels by this engine"));
    }

    private static AtomResult text(Atom atom, AtomContext context) {
        String checkId = "text:" + atom.subject();
        Optional<CheckResult> read = context.check(checkId);
        if (read.isEmpty() || !read.get().passed() || context.scene() == null) {
            return context.byCheck(atom, checkId);
        }
        Box where = context.plan()
                .text(atom.subject())
                .map(t -> t.box())
                .orElse(read.get().region());
        if (where == null) {
            return context.byCheck(atom, checkId);
        }
        Optional<Box> carrier = carrierBox(atom, where, context);
        if (carrier.isEmpty()) {
            return context.result(
                    atom,
                    CheckStatus.FAILED,
                    "read \"" + atom.value() + "\", but no carrier stands around it",
                    List.of(checkId),
                    where);
        }
        boolean inside = Support.containment(where, carrier.get()).holds();
        return context.result(
                atom,
                inside ? CheckStatus.PASSED : CheckStatus.FAILED,
                read.get().measured() + (inside ? "; inside its carrier" : "; not inside its carrier's box"),
                List.of(checkId),
                carrier.get());
    }

    /** The found pixels of the carrying entity, or for a sign drawn for the text, the foreground blob around it. */
    private static Optional<Box> carrierBox(Atom atom, Box where, AtomContext context) {
        if (atom.object() != null) {
            Optional<Entity> entity = context.plan().entity(atom.object());
            return entity.flatMap(e -> context.scene().group(e.id())).map(Component::box);
        }
        return carrierAround(where, context);
    }

    /** The largest found blob around a text's box (the sign or banner drawn for it), if any. */
    static Optional<Box> carrierAround(Box where, AtomContext context) {
        double cx = where.x() + where.width() / 2.0;
        double cy = where.y() + where.height() / 2.0;
        return context.scene().segmentation().components.stream()
                .map(Component::box)
                .filter(b -> cx >= b.x() && cx <= b.right() && cy >= b.y() && cy <= b.bottom())
                .filter(b -> (long) b.width() * b.height() > (long) where.width() * where.height() / 2)
                .max((p, q) -> Long.compare((long) p.width() * p.height(), (long) q.width() * q.height()));
    }
}
