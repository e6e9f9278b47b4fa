package dev.plantain.bench.verifier;

import dev.plantain.draft.DraftRenderer;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.ScenePlanner;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verifier's proof corpus, generated rather than stored: prompts planned and drafted by the built-in engines,
 * kept only when the drawn instances stand apart inside the canvas (so the draft is right by construction), and each
 * made wrong by a {@link SceneBreaker}.
 */
final class VerifierCorpus {

    /** A correct scene: its prompt, the plan, the plan as drawn, and the drawn image. */
    record Scene(String prompt, ScenePlan planned, ScenePlan drawn, BufferedImage image) {}

    private static final String[] OBJECTS = {
        "apple", "car", "cat", "dog", "cup", "clock", "bird", "horse", "umbrella", "banana", "cake", "train"
    };
    private static final String[] COLOURS = {"red", "blue", "green", "yellow", "purple", "orange", "pink"};
    private static final String[] RELATIONS = {"to the left of", "to the right of", "above", "below"};
    private static final String[] COUNTS = {"a", "two", "three"};
    private static final String[] WORDS = {
        "OPEN", "SALE", "PLANTAIN", "BAKERY", "HELLO", "WELCOME", "CAFE", "STOP", "FRESH", "GARDEN", "MUSIC", "PIZZA"
    };
    /** Drawn instances closer than this are not a clean scene. */
    static final int MIN_GAP = 16;

    private final ScenePlanner planner;
    private final DraftRenderer renderer;

    VerifierCorpus(ScenePlanner planner, DraftRenderer renderer) {
        this.planner = planner;
        this.renderer = renderer;
    }

    /** Breaks this corpus's scenes, redrawing with the same renderer where pixels alone cannot. */
    SceneBreaker breaker() {
        return new SceneBreaker(renderer);
    }

    /**
     * The i-th prompt: even ones relate two coloured objects, odd ones set a coloured object beside a sign. The sign
     * prompt names no relation to the sign: the layout places a sign where it fits, so "next to a sign" was never
     * drawn, and its images, once counted correct, are not what such a prompt asks.
     */
    static String prompt(int i) {
        String first = OBJECTS[i % OBJECTS.length];
        String colour = COLOURS[i % COLOURS.length];
        if (i % 2 == 1) {
            return "a " + colour + " " + first + " and a sign that says \"" + WORDS[(i / 2) % WORDS.length] + "\"";
        }
        String count = COUNTS[(i / 2) % COUNTS.length];
        String second = OBJECTS[(i * 5 + 3) % OBJECTS.length];
        second = second.equals(first) ? OBJECTS[(i * 5 + 4) % OBJECTS.length] : second;
        return count + " " + colour + " " + first + (count.equals("a") ? "" : "s") + " "
                + RELATIONS[(i / 2) % RELATIONS.length] + " a " + COLOURS[(i + 3) % COLOURS.length] + " " + second;
    }

    /** The i-th scene at the given size, or empty when no seed among a few gives a clean draft. */
    Optional<Scene> scene(int i, int width, int height) {
        for (int attempt = 0; attempt < 6; attempt++) {
            ScenePlan plan = planner.plan(prompt(i), width, height, 1 + i * 7L + attempt * 1000L);
            if (plan.entities().isEmpty()) {
                return Optional.empty();
            }
            DraftRenderer.Draft draft = renderer.draft(plan);
            if (clean(draft.drawn())) {
                return Optional.of(new Scene(prompt(i), plan, withPixelChecks(draft.drawn()), draft.image()));
            }
        }
        return Optional.empty();
    }

    /**
     * The plan with the checks a verifier can make from pixels alone added for every entity (clipping, contrast and
     * the same-style template check), where the planner has not asked for them.
     */
    static ScenePlan withPixelChecks(ScenePlan plan) {
        List<Check> checks = new ArrayList<>(plan.checks());
        for (Entity e : plan.entities()) {
            for (CheckKind kind : List.of(CheckKind.CLIPPING, CheckKind.CONTRAST, CheckKind.IDENTITY)) {
                String id = kind.label() + ":" + e.id();
                if (checks.stream().noneMatch(c -> c.id().equals(id))) {
                    checks.add(new Check(id, kind, e.id(), null, null));
                }
            }
        }
        return plan.withChecks(checks);
    }

    private static boolean clean(ScenePlan drawn) {
        List<Box> boxes = new ArrayList<>();
        drawn.entities().forEach(e -> boxes.addAll(e.instances()));
        drawn.texts().forEach(t -> boxes.add(t.box()));
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i) == null || !boxes.get(i).grow(4).insideCanvas(drawn.width(), drawn.height())) {
                return false;
            }
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(j) != null
                        && boxes.get(i)
                                .grow(MIN_GAP / 2)
                                .intersects(boxes.get(j).grow(MIN_GAP / 2))) {
                    return false;
                }
            }
        }
        return true;
    }
}
