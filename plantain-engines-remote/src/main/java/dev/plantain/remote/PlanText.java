package dev.plantain.remote;

import dev.plantain.plan.Entity;
import dev.plantain.plan.Relation;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A scene plan written out as a prompt: what to draw and how many, their colours and places, texts, setting, style. */
public final class PlanText {

    private PlanText() {}

    public static String of(ScenePlan plan) {
        List<String> parts = new ArrayList<>();
        List<String> things = plan.entities().stream().map(PlanText::thing).toList();
        parts.add("A picture of " + (things.isEmpty() ? plan.prompt() : String.join(", ", things)) + ".");
        for (Relation r : plan.relations()) {
            parts.add(capital(relation(plan, r)) + ".");
        }
        for (TextSpec t : plan.texts()) {
            parts.add("A " + t.carrier() + " reads \"" + t.content() + "\", legibly.");
        }
        if (plan.setting() != null) {
            parts.add("Setting: " + plan.setting() + ".");
        }
        if (plan.style() != null) {
            parts.add("Style: " + plan.style() + ".");
        }
        if (!plan.excluded().isEmpty()) {
            parts.add("Without: " + String.join(", ", plan.excluded()) + ".");
        }
        parts.add("Show exactly these counts, every object whole inside the frame.");
        return String.join(" ", parts);
    }

    /** "3 red apples", "one cat". */
    static String thing(Entity e) {
        String colour = e.color() == null ? "" : e.color() + " ";
        return (e.count() == 1 ? "one " : e.count() + " ") + colour + Words.plural(e.concept(), e.count());
    }

    static String relation(ScenePlan plan, Relation r) {
        String subject = name(plan, r.subject());
        String object = name(plan, r.object());
        String words = Words.relation(r.relation());
        return r.secondObject() == null
                ? subject + " " + words + " " + object
                : subject + " " + words + " " + object + " and " + name(plan, r.secondObject());
    }

    private static String name(ScenePlan plan, String id) {
        return plan.entity(id)
                .map(e -> "the " + Words.plural(e.concept(), e.count()))
                .orElse(id);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
