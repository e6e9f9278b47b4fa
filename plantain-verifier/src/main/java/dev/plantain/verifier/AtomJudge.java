package dev.plantain.verifier;

import dev.plantain.messages.AtomResult;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Atom;
import dev.plantain.plan.Box;
import dev.plantain.plan.SceneGraph;
import dev.plantain.plan.ScenePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges every atom of a plan's scene graph from the pixels: an entity by its template check and its art being a true
 * depiction, a count, colour or text by its check, a relation by its own geometry (support for "on", containment for
 * "in", GenEval's centroid rule for the sides), a setting by the measured ground and sky; what this engine cannot
 * judge (actions, styles, materials, absences) is not verified, with the reason. Then a child of a failed parent
 * fails, and a child of a parent not verified is not verified (the Davidsonian Scene Graph's rule).
 */
final class AtomJudge {

    static final String ENGINE = "pixels";

    private AtomJudge() {}

    /** One result per atom, in the graph's order; {@code scene} is null when the image is no picture at all. */
    static List<AtomResult> judge(ScenePlan plan, List<CheckResult> checks, Scene scene, String problem) {
        SceneGraph graph = plan.graph();
        if (graph == null) {
            return List.of();
        }
        Map<String, CheckResult> byId =
                checks.stream().collect(Collectors.toMap(CheckResult::checkId, Function.identity(), (a, b) -> a));
        AtomContext context = new AtomContext(plan, byId, scene);
        List<AtomResult> results = new ArrayList<>();
        for (Atom atom : graph.atoms()) {
            AtomResult own = problem != null
                    ? AtomContext.result(atom, graph, CheckStatus.FAILED, problem, List.of(), null)
                    : judgeOne(atom, context);
            results.add(inherit(own, atom, results, graph));
        }
        return results;
    }

    private static AtomResult judgeOne(Atom atom, AtomContext context) {
        return switch (atom.kind()) {
            case ENTITY -> EntityAtoms.judge(atom, context);
            case COUNT -> context.byCheck(atom, "count:" + atom.subject());
            case ATTRIBUTE -> AttributeAtoms.judge(atom, context);
            case RELATION -> RelationAtoms.judge(atom, context);
            case GLOBAL -> GlobalAtoms.judge(atom, context);
            case NEGATION ->
                context.notJudged(
                        atom, "an absence ('no " + atom.value() + "') is not judged from pixels by this engine");
        };
    }

    /** The DSG rule: a child of a failed parent fails; a passed child of a parent not verified is not verified. */
    private static AtomResult inherit(AtomResult own, Atom atom, List<AtomResult> earlier, SceneGraph graph) {
        for (String parent : atom.parents()) {
            Optional<AtomResult> found =
                    earlier.stream().filter(r -> r.atomId().equals(parent)).findFirst();
            if (found.isEmpty()) {
                continue;
            }
            String what = found.get().statement();
            if (found.get().status() == CheckStatus.FAILED && own.status() != CheckStatus.FAILED) {
                return own.with(
                        CheckStatus.FAILED,
                        "its parent " + parent + " (" + what + ") is not depicted; " + own.evidence());
            }
            if (found.get().status() == CheckStatus.NOT_VERIFIED && own.status() == CheckStatus.PASSED) {
                return own.with(
                        CheckStatus.NOT_VERIFIED,
                        "its parent " + parent + " (" + what + ") was not judged; " + own.evidence());
            }
        }
        return own;
    }

    /** The box of an atom's evidence, or null. */
    static Box region(CheckResult result) {
        return result == null ? null : result.region();
    }
}
