package dev.plantain.verifier;

import dev.plantain.messages.AtomResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Atom;
import dev.plantain.plan.Entity;
import java.util.List;
import java.util.Optional;

/**
 * Attributes: a colour by the plan's colour check, a side of the picture by where the thing's pixels stand, a size
 * word by comparison ({@link SizeAtoms}); shape, material, texture, state and the rest are not judged from pixels by
 * this engine.
 */
final class AttributeAtoms {

    private AttributeAtoms() {}

    static AtomResult judge(Atom atom, AtomContext context) {
        Optional<Entity> entity =
                atom.subject() == null ? Optional.empty() : context.plan().entity(atom.subject());
        String type = atom.type() == null ? "attribute" : atom.type();
        if ("colour".equals(type)
                && entity.isPresent()
                && atom.value().equals(entity.get().color())) {
            return context.byCheck(atom, "color:" + atom.subject());
        }
        if ("side".equals(type) && entity.isPresent() && context.scene() != null) {
            return side(atom, entity.get(), context);
        }
        if ("size".equals(type) && entity.isPresent() && context.scene() != null && SizeAtoms.judges(atom.value())) {
            return SizeAtoms.judge(atom, entity.get(), context);
        }
        return context.notJudged(atom, type + " '" + atom.value() + "' is not judged from pixels by this engine");
    }

    /** "on the left": the thing's pixels stand mostly in that half of the canvas. */
    private static AtomResult side(Atom atom, Entity entity, AtomContext context) {
        Optional<Component> group = context.scene().group(entity.id());
        if (group.isEmpty()) {
            return context.result(atom, CheckStatus.FAILED, "no " + entity.concept() + " found", List.of(), null);
        }
        double share = group.get().centerX() / context.plan().width();
        boolean passed = atom.value().equals("left") ? share < 0.45 : share > 0.55;
        return context.result(
                atom,
                passed ? CheckStatus.PASSED : CheckStatus.FAILED,
                String.format(
                        "its centre stands at %.0f%% of the width, expected the %s side", 100 * share, atom.value()),
                List.of(),
                group.get().box());
    }
}
