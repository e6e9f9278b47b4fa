package dev.plantain.planner;

import dev.plantain.art.ArtLibrary;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Relation;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import dev.plantain.planner.art.ArtChoice;
import dev.plantain.planner.art.Bodies;
import dev.plantain.planner.art.Lexicon;
import dev.plantain.planner.checks.PlanChecks;
import dev.plantain.planner.graph.PeopleStandIns;
import dev.plantain.planner.layout.LayoutSolver;
import dev.plantain.planner.parse.ParsedPrompt;
import dev.plantain.planner.parse.ParsedPrompt.ParsedEntity;
import dev.plantain.planner.parse.ParsedPrompt.ParsedRelation;
import dev.plantain.planner.parse.PromptNotes;
import dev.plantain.planner.parse.PromptParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The built-in planner: parses English with a closed grammar and an emoji lexicon, solves a grid layout that
 * satisfies the spatial relations, and lists the checks to verify. Thread-safe; needs no model weights.
 */
public final class RuleBasedPlanner implements ScenePlanner {

    /** Things a person on them sits on. */
    private static final java.util.Set<String> SEATS =
            java.util.Set.of("sofa", "couch", "bench", "chair", "armchair", "seat", "stool", "bed");

    private final Lexicon lexicon;

    public RuleBasedPlanner(ArtLibrary art) {
        this.lexicon = new Lexicon(Objects.requireNonNull(art, "art"));
    }

    /** A planner over the default art set, Fluent Emoji Flat. */
    public static RuleBasedPlanner withDefaultArt() {
        return new RuleBasedPlanner(ArtLibrary.fluentFlat());
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the prompt asks for more than {@value PromptParser#MAX_COUNT} of a
     *     thing, or the canvas is empty
     */
    @Override
    public ScenePlan plan(String prompt, int width, int height, long seed) {
        Objects.requireNonNull(prompt, "prompt");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("canvas must be at least 1x1, was " + width + "x" + height);
        }
        return assemble(prompt, PromptParser.parse(prompt, lexicon, seed), width, height, seed);
    }

    /** The art lookup this planner resolves nouns with. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** A plan from what a prompt asks for: the layout solved, the checks derived, the background chosen. */
    public static ScenePlan assemble(String prompt, ParsedPrompt parsed, int width, int height, long seed) {
        LayoutSolver.Layout layout = LayoutSolver.solve(parsed, width, height, seed);
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < parsed.entities().size(); i++) {
            ParsedEntity p = parsed.entities().get(i);
            entities.add(new Entity(
                    entityId(i),
                    p.noun(),
                    p.concept(),
                    ArtChoice.artId(
                            Bodies.artId(p.artId(), states(parsed, entityId(i)), prompt), parsed.notes().styles),
                    p.count(),
                    p.color(),
                    p.size(),
                    layout.instances().get(i),
                    layout.drawOrders()[i]));
        }
        List<Relation> relations = new ArrayList<>();
        for (ParsedRelation r : parsed.relations()) {
            relations.add(new Relation(
                    entityId(r.subject()),
                    r.kind(),
                    entityId(r.object()),
                    r.second() < 0 ? null : entityId(r.second())));
        }
        List<TextSpec> texts = new ArrayList<>();
        for (int i = 0; i < parsed.texts().size(); i++) {
            ParsedPrompt.ParsedText t = parsed.texts().get(i);
            texts.add(new TextSpec(
                    "t" + (i + 1), t.content(), t.carrier(), layout.carriers().get(i)));
        }
        PromptNotes notes = parsed.notes();
        return ScenePlan.builder(prompt, width, height)
                .seed(seed)
                .background(Backdrop.choose(entities))
                .entities(entities)
                .relations(relations)
                .texts(texts)
                .unrenderable(parsed.unrenderable())
                .checks(PlanChecks.of(entities, relations, texts, notes.style()))
                .setting(notes.setting())
                .style(notes.style())
                .notDepicted(notes.notDepicted)
                .excluded(notes.excluded)
                .choices(notes.choices)
                .graph(PeopleStandIns.apply(parsed.graph(), entities))
                .build();
    }

    /** The states and actions the prompt's graph gives an entity ("running", "walking"). */
    private static List<String> states(ParsedPrompt parsed, String entity) {
        if (parsed.graph() == null) {
            return List.of();
        }
        List<String> states = new ArrayList<>(parsed.graph().atoms().stream()
                .filter(a -> entity.equals(a.subject()) && a.value() != null)
                .filter(a -> "state".equals(a.type()) || "action".equals(a.type()))
                .map(a -> a.value())
                .toList());
        for (ParsedRelation r : parsed.relations()) {
            if (entityId(r.subject()).equals(entity)
                    && r.kind() == RelationKind.ON_TOP_OF
                    && SEATS.contains(parsed.entities().get(r.object()).concept())) {
                states.add("sitting");
            }
        }
        return states;
    }

    private static String entityId(int index) {
        return "e" + (index + 1);
    }
}
