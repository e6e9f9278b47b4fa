package dev.plantain.verifier;

import dev.plantain.messages.AtomResult;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Atom;
import dev.plantain.plan.Box;
import dev.plantain.plan.SceneGraph;
import dev.plantain.plan.ScenePlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What atom judges share: the plan, the check results by id, the pixels, and how a verdict is written. */
record AtomContext(ScenePlan plan, Map<String, CheckResult> checks, Scene scene) {

    Optional<CheckResult> check(String id) {
        return Optional.ofNullable(checks.get(id));
    }

    /** The verdict of one check, as the atom's. */
    AtomResult byCheck(Atom atom, String checkId) {
        return check(checkId)
                .map(c -> result(atom, c.status(), c.measured(), List.of(checkId), c.region()))
                .orElseGet(() -> notJudged(atom, "the plan has no check " + checkId + " for it"));
    }

    AtomResult notJudged(Atom atom, String why) {
        return result(atom, CheckStatus.NOT_VERIFIED, why, List.of(), null);
    }

    AtomResult result(Atom atom, CheckStatus status, String evidence, List<String> checkIds, Box region) {
        return result(atom, plan.graph(), status, evidence, checkIds, region);
    }

    static AtomResult result(
            Atom atom, SceneGraph graph, CheckStatus status, String evidence, List<String> checkIds, Box region) {
        return new AtomResult(
                atom.id(), atom.kind(), status, AtomJudge.ENGINE, statement(atom), evidence, checkIds, region);
    }

    /** The atom's question as a statement a person reads in a list ("Is the dog sleeping?": "the dog sleeping"). */
    static String statement(Atom atom) {
        String q = atom.question();
        String body = q.endsWith("?") ? q.substring(0, q.length() - 1) : q;
        if (body.startsWith("Is there ") || body.startsWith("Are there ")) {
            return body.substring(body.indexOf("there ") + 6);
        }
        if (body.startsWith("Is the picture in the style of ")) {
            return "the style " + body.substring("Is the picture in the style of ".length());
        }
        if (body.startsWith("Is the picture free of any ")) {
            return "no " + body.substring("Is the picture free of any ".length());
        }
        if (body.startsWith("Does the scene take place in or on ")) {
            return "the setting: " + body.substring("Does the scene take place in or on ".length());
        }
        if (body.startsWith("Does the scene show ")) {
            return "the scene showing " + body.substring("Does the scene show ".length());
        }
        if (body.startsWith("Does ")) {
            return body.substring(5).replace(" in the picture read ", " reading ");
        }
        if (body.startsWith("Is ")) {
            return body.substring(3);
        }
        return body;
    }
}
