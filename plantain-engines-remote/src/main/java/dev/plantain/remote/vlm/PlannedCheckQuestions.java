package dev.plantain.remote.vlm;

import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.ScenePlan;
import dev.plantain.remote.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Questions made from the plan's count, colour, position and text checks. Until the plan carries scene-graph atoms,
 * an entity's count check stands for the entity: its colour and position checks are its children.
 */
public final class PlannedCheckQuestions implements JudgeQuestion {

    @Override
    public List<Question> questions(ScenePlan plan) {
        List<Question> questions = new ArrayList<>();
        plan.checks().stream()
                .sorted(Comparator.comparingInt(c -> c.kind() == CheckKind.COUNT ? 0 : 1))
                .forEach(c -> question(plan, c).ifPresent(questions::add));
        return questions;
    }

    private static Optional<Question> question(ScenePlan plan, Check c) {
        Optional<Entity> subject = c.subject() == null ? Optional.empty() : plan.entity(c.subject());
        return switch (c.kind()) {
            case COUNT -> subject.map(e -> new Question(c.id(), count(e), List.of()));
            case COLOR ->
                subject.map(e -> new Question(
                        c.id(),
                        (e.count() == 1 ? "Is the " : "Are the ") + Words.plural(e.concept(), e.count()) + " "
                                + c.expected() + "?",
                        parents(plan, e.id())));
            case POSITION ->
                subject.flatMap(e -> plan.entity(c.object())
                        .map(o -> new Question(
                                c.id(),
                                (e.count() == 1 ? "Is the " : "Are the ") + Words.plural(e.concept(), e.count()) + " "
                                        + Words.relation(RelationKind.fromLabel(c.expected())) + " the "
                                        + Words.plural(o.concept(), o.count()) + "?",
                                concat(parents(plan, e.id()), parents(plan, o.id())))));
            case TEXT ->
                Optional.of(new Question(
                        c.id(),
                        "Does the image show the text \"" + expectedText(plan, c) + "\", spelled exactly and legibly?",
                        List.of()));
            default -> Optional.empty();
        };
    }

    private static String count(Entity e) {
        return e.count() == 1
                ? "Is there exactly one " + e.concept() + " in the image?"
                : "Are there exactly " + Words.number(e.count()) + " " + Words.plural(e.concept(), e.count())
                        + " in the image?";
    }

    private static List<String> parents(ScenePlan plan, String entityId) {
        String id = "count:" + entityId;
        return plan.checks().stream().anyMatch(c -> c.id().equals(id)) ? List.of(id) : List.of();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }

    private static String expectedText(ScenePlan plan, Check c) {
        return c.expected() != null
                ? c.expected()
                : plan.text(c.subject()).map(t -> t.content()).orElse("");
    }
}
