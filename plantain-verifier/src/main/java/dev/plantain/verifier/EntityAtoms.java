package dev.plantain.verifier;

import dev.plantain.messages.AtomResult;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Atom;
import java.util.List;
import java.util.Optional;

/**
 * An entity is shown when two grounds hold: the same-style template check found its planned art in its boxes, and
 * that art is a true depiction of the noun (not a stand-in that shows another thing). A thing without art is not
 * depicted.
 */
final class EntityAtoms {

    private EntityAtoms() {}

    static AtomResult judge(Atom atom, AtomContext context) {
        if (atom.subject() == null) {
            return context.result(
                    atom,
                    CheckStatus.FAILED,
                    "no art for '" + atom.value() + "' in this engine's library, so it is not drawn",
                    List.of(),
                    null);
        }
        String checkId = "identity:" + atom.subject();
        Optional<CheckResult> identity = context.check(checkId);
        if (atom.standIn() != null) {
            return context.result(
                    atom,
                    CheckStatus.FAILED,
                    "drawn with art of " + atom.standIn() + ", a stand-in, never passed as " + atom.value()
                            + identity.map(c -> " (template check " + c.status().label() + ")")
                                    .orElse(""),
                    identity.map(c -> List.of(checkId)).orElse(List.of()),
                    identity.map(CheckResult::region).orElse(null));
        }
        if (identity.isEmpty()) {
            return context.notJudged(
                    atom, "identity not judged: the template check is made only in looks that keep the art's shape");
        }
        CheckResult c = identity.get();
        String evidence = c.passed()
                ? "template check passed (" + c.measured() + ") and its art is a true depiction of '" + atom.value()
                        + "'"
                : "template check " + c.status().label() + ": " + c.measured();
        return context.result(atom, c.status(), evidence, List.of(checkId), c.region());
    }
}
