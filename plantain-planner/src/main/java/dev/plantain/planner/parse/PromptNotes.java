package dev.plantain.planner.parse;

import java.util.ArrayList;
import java.util.List;

/** What a prompt says beyond its objects: setting, style, exclusions, seeded choices, and what is not depicted. */
public final class PromptNotes {

    public final List<String> settings = new ArrayList<>();
    public final List<String> styles = new ArrayList<>();
    public final List<String> notDepicted = new ArrayList<>();
    public final List<String> excluded = new ArrayList<>();
    public final List<String> choices = new ArrayList<>();
    /** The head nouns of the noun phrases that found no art, as written ({@link NounCoverage}). */
    public final List<String> nounsWithoutArt = new ArrayList<>();
    /**
     * The head nouns without art of descriptions after a linking verb and of purposes after "for": not drawn and not
     * required, kept for the strict count ({@link NounCoverage.Missing}).
     */
    public final List<String> notedWithoutArt = new ArrayList<>();

    /** The settings in prompt order, joined ("beach, sunset"), or null when there are none. */
    public String setting() {
        return settings.isEmpty() ? null : String.join(", ", settings);
    }

    /** The styles in prompt order, joined, or null when there are none. */
    public String style() {
        return styles.isEmpty() ? null : String.join(", ", styles);
    }

    static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
