package dev.plantain.planner.parse;

import dev.plantain.plan.CoverReason;
import dev.plantain.planner.graph.SceneGraphBuilder;
import dev.plantain.planner.parse.ParsedPrompt.ParsedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The scene-graph atoms of the units that are no noun phrase: descriptions after a linking verb, settings, weather,
 * times of day and styles, absolute sides, quoted texts with their carriers, late colours. Not thread-safe.
 */
final class GraphUnits {

    private static final Set<String> TIMES = Set.of("night", "sunset", "sunrise");
    private static final Set<String> WEATHER = Set.of("rain", "snow", "grey sky", "blue sky");

    private final SceneGraphBuilder graph;
    private Unit pendingSide;

    GraphUnits(SceneGraphBuilder graph) {
        this.graph = graph;
    }

    void predicate(Unit unit) {
        graph.note(CoverReason.DESCRIPTION, unit.tokens());
    }

    void scene(Unit unit) {
        if (unit.kind() == Unit.Kind.STYLE) {
            // "a photo of a cat" asks for a photograph as plainly as "a watercolour of a cat" asks for a
            // watercolour: a person judges the look (JUDGING.md), so the graph asks it too.
            graph.global("style", unit.text(), unit.tokens());
            return;
        }
        String type = TIMES.contains(unit.text()) ? "time" : WEATHER.contains(unit.text()) ? "weather" : "setting";
        graph.global(type, unit.text(), unit.tokens());
    }

    void side(Unit unit, int lastPhrase) {
        var atom = lastPhrase >= 0 ? graph.entityAtom(lastPhrase) : java.util.Optional.<String>empty();
        if (atom.isPresent()) {
            graph.attribute(atom.get(), "side", unit.text(), unit.tokens());
        } else {
            pendingSide = unit;
        }
    }

    void phraseClosed(int head) {
        if (pendingSide != null && head >= 0) {
            graph.entityAtom(head).ifPresent(a -> graph.attribute(a, "side", pendingSide.text(), pendingSide.tokens()));
            pendingSide = null;
        }
    }

    /** The {@code number}th text, with the tokens of its quote and of a carrier noun named for it. */
    void text(int number, ParsedText text, Unit quote, List<Integer> carrierTokens) {
        List<Integer> tokens = new ArrayList<>(carrierTokens);
        tokens.addAll(quote.tokens());
        String carrierAtom =
                text.entity() >= 0 ? graph.entityAtom(text.entity()).orElse(null) : null;
        graph.text("t" + number, text.content(), text.carrier(), carrierAtom, tokens);
    }

    void lateColor(Unit unit, int lastPhrase) {
        var atom = lastPhrase >= 0 ? graph.entityAtom(lastPhrase) : graph.lastEntityAtom();
        if (atom.isPresent()) {
            graph.attribute(atom.get(), "colour", unit.color(), unit.tokens());
        }
    }
}
