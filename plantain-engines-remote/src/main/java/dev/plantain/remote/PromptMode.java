package dev.plantain.remote;

import dev.plantain.plan.ScenePlan;
import java.util.Locale;

/** What a draft engine asks the model for: the user's prompt as typed, or the plan written out as text. */
public enum PromptMode {
    /** The prompt exactly as the user typed it. */
    RAW,
    /** The plan in words: entities with counts and colours, relations, texts, setting, style, exclusions. */
    PLANNED;

    public static PromptMode parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("prompt-mode is '" + text + "'; allowed: raw, planned", e);
        }
    }

    public String prompt(ScenePlan plan) {
        return this == RAW ? plan.prompt() : PlanText.of(plan);
    }
}
