package dev.plantain.verifier;

import dev.plantain.messages.AtomResult;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Atom;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Relations by their meaning, from the found pixels: the sides and depth by GenEval's rules ({@link PositionJudge});
 * "on" as support ({@link Support}), "in" as containment, "under" as below and overlapping; actions and the spatial
 * words this engine has no geometry for are not judged.
 */
final class RelationAtoms {

    private static final Set<String> CENTROID =
            Set.of("left-of", "right-of", "above", "below", "next-to", "in-front-of", "behind");

    private RelationAtoms() {}

    static AtomResult judge(Atom atom, AtomContext context) {
        if ("action".equals(atom.type())) {
            return context.notJudged(atom, "action '" + atom.value() + "' is not judged from pixels by this engine");
        }
        Optional<Entity> subject = entity(atom.subject(), context);
        if (subject.isPresent()
                && atom.object() != null
                && context.plan().text(atom.object()).isPresent()
                && context.scene() != null) {
            return toCarrier(atom, subject.get(), context);
        }
        Optional<Entity> object = entity(atom.object(), context);
        if (subject.isEmpty() || object.isEmpty() || context.scene() == null) {
            return context.notJudged(
                    atom,
                    "relation '" + atom.value() + "' is not judged from pixels by this engine: "
                            + (atom.object() == null && atom.parents().size() > 1
                                    ? "its other end is the setting"
                                    : "one end is no drawn thing"));
        }
        String label = atom.value();
        if (label.equals("between")) {
            return between(atom, context);
        }
        if (CENTROID.contains(label)) {
            String id = "position:" + atom.subject() + ":" + label + ":" + atom.object();
            CheckResult result = context.check(id)
                    .orElseGet(() -> PositionJudge.judge(
                            new Check(id, CheckKind.POSITION, atom.subject(), atom.object(), label), context.scene()));
            return context.result(atom, result.status(), result.measured(), List.of(id), result.region());
        }
        Optional<Component> a = context.scene().group(subject.get().id());
        Optional<Component> b = context.scene().group(object.get().id());
        if (a.isEmpty() || b.isEmpty()) {
            String missing = (a.isEmpty() ? subject : object).get().concept();
            return context.result(atom, CheckStatus.FAILED, "no " + missing + " found to relate", List.of(), null);
        }
        Box region = a.get().box().union(b.get().box());
        String names = subject.get().concept() + " and " + object.get().concept();
        return switch (label) {
            case "on-top-of" ->
                verdict(atom, context, Support.judge(a.get().box(), b.get().box()), names, region);
            case "inside" ->
                verdict(
                        atom,
                        context,
                        Support.containment(a.get().box(), b.get().box()),
                        names,
                        region);
            case "under" ->
                verdict(atom, context, Support.under(a.get().box(), b.get().box()), names, region);
            default -> context.notJudged(atom, "relation '" + label + "' is not judged from pixels by this engine");
        };
    }

    private static AtomResult verdict(
            Atom atom, AtomContext context, Support.Finding finding, String names, Box region) {
        return context.result(
                atom,
                finding.holds() ? CheckStatus.PASSED : CheckStatus.FAILED,
                names + ": " + finding.words(),
                List.of(),
                region);
    }

    /** "between": every position check the plan made for the subject against either object passes. */
    private static AtomResult between(Atom atom, AtomContext context) {
        List<CheckResult> sides = context.checks().values().stream()
                .filter(c ->
                        c.kind() == CheckKind.POSITION && c.checkId().startsWith("position:" + atom.subject() + ":"))
                .toList();
        if (sides.size() < 2) {
            return context.notJudged(atom, "the plan has no side checks for 'between'");
        }
        CheckResult unmet = sides.stream().filter(c -> !c.passed()).findFirst().orElse(null);
        List<String> ids = sides.stream().map(CheckResult::checkId).toList();
        return unmet == null
                ? context.result(
                        atom,
                        CheckStatus.PASSED,
                        "on opposite sides of the two: " + sides.get(0).measured() + "; "
                                + sides.get(1).measured(),
                        ids,
                        sides.get(0).region())
                : context.result(atom, unmet.status(), unmet.measured(), ids, unmet.region());
    }

    /** A relation to the sign drawn for a text: judged against the found blob that carries the text. */
    private static AtomResult toCarrier(Atom atom, Entity subject, AtomContext context) {
        Optional<Component> a = context.scene().group(subject.id());
        Optional<Box> sign = context.plan()
                .text(atom.object())
                .map(t -> t.box())
                .flatMap(where -> GlobalAtoms.carrierAround(where, context));
        if (a.isEmpty() || sign.isEmpty()) {
            return context.result(
                    atom,
                    CheckStatus.FAILED,
                    "no " + (a.isEmpty() ? subject.concept() : "sign carrying the text") + " found to relate",
                    List.of(),
                    null);
        }
        Box s = a.get().box();
        Box o = sign.get();
        boolean holds = switch (atom.value()) {
            case "next-to" -> PositionJudge.nextTo(s, o);
            case "left-of" -> s.right() <= o.x() + o.width() / 2;
            case "right-of" -> s.x() >= o.x() + o.width() / 2;
            case "above" -> s.bottom() <= o.y() + o.height() / 2;
            case "below" -> s.y() >= o.y() + o.height() / 2;
            default -> false;
        };
        if (!Set.of("next-to", "left-of", "right-of", "above", "below").contains(atom.value())) {
            return context.notJudged(atom, "relation '" + atom.value() + "' to a sign is not judged by this engine");
        }
        return context.result(
                atom,
                holds ? CheckStatus.PASSED : CheckStatus.FAILED,
                subject.concept() + " at " + s + ", the sign at " + o + ": " + (holds ? "" : "not ")
                        + atom.value().replace('-', ' '),
                List.of(),
                s.union(o));
    }

    private static Optional<Entity> entity(String id, AtomContext context) {
        return id == null ? Optional.empty() : context.plan().entity(id);
    }
}
