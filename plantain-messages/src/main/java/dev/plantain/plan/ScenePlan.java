package dev.plantain.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the image must contain and where: the planner's output, trusted by every later stage.
 *
 * @param prompt the prompt it was planned from
 * @param width canvas width in pixels at native resolution
 * @param height canvas height in pixels at native resolution
 * @param seed the seed every seeded choice used
 * @param background the background as a palette colour name
 * @param entities what to draw
 * @param relations spatial relations between entities
 * @param texts quoted text to set
 * @param unrenderable words of the prompt naming things the art library cannot depict
 * @param checks what the verifier must confirm
 * @param setting where the scene takes place ("at night", "on a beach"), or null when the prompt names none
 * @param style how the image should look ("watercolour", "pixel art"), or null when the prompt names none
 * @param notDepicted what the prompt asks for that the plan understood but the art cannot show (shapes,
 *     materials, textures, relations drawn approximately), each with what is drawn instead
 * @param excluded concepts the prompt asks to leave out ("without a dog", "no cars")
 * @param choices seeded choices the planner made for vague words ("a few apples: 3"), so a reader can see them
 * @param graph the whole prompt as atoms ({@link SceneGraph}), each judged by the verifier; null in plans written
 *     before version 2 and in plans made by hand, whose verdict is their checks alone
 * @param schemaVersion the plan format: 1 (absent) before the scene graph, {@value #SCHEMA_VERSION} since
 */
public record ScenePlan(
        String prompt,
        int width,
        int height,
        long seed,
        String background,
        List<Entity> entities,
        List<Relation> relations,
        List<TextSpec> texts,
        List<String> unrenderable,
        List<Check> checks,
        String setting,
        String style,
        List<String> notDepicted,
        List<String> excluded,
        List<String> choices,
        SceneGraph graph,
        Integer schemaVersion) {

    /** The plan format this build writes: 2 added the scene graph. */
    public static final int SCHEMA_VERSION = 2;

    public ScenePlan {
        Objects.requireNonNull(prompt, "prompt");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("canvas must be at least 1x1, was " + width + "x" + height);
        }
        entities = entities == null ? List.of() : List.copyOf(entities);
        relations = relations == null ? List.of() : List.copyOf(relations);
        texts = texts == null ? List.of() : List.copyOf(texts);
        unrenderable = unrenderable == null ? List.of() : List.copyOf(unrenderable);
        checks = checks == null ? List.of() : List.copyOf(checks);
        notDepicted = notDepicted == null ? List.of() : List.copyOf(notDepicted);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        choices = choices == null ? List.of() : List.copyOf(choices);
        schemaVersion = schemaVersion == null ? 1 : schemaVersion;
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<TextSpec> text(String id) {
        return texts.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** A builder for a new plan of this prompt on this canvas; every list starts empty, every text null. */
    public static Builder builder(String prompt, int width, int height) {
        return new Builder(prompt, width, height);
    }

    /** A builder that starts from this plan, to change some of its fields. */
    public Builder toBuilder() {
        return new Builder(prompt, width, height)
                .seed(seed)
                .background(background)
                .entities(entities)
                .relations(relations)
                .texts(texts)
                .unrenderable(unrenderable)
                .checks(checks)
                .setting(setting)
                .style(style)
                .notDepicted(notDepicted)
                .excluded(excluded)
                .choices(choices)
                .graph(graph)
                .schemaVersion(schemaVersion);
    }

    public ScenePlan withEntities(List<Entity> newEntities) {
        return toBuilder().entities(newEntities).build();
    }

    public ScenePlan withTexts(List<TextSpec> newTexts) {
        return toBuilder().texts(newTexts).build();
    }

    public ScenePlan withChecks(List<Check> newChecks) {
        return toBuilder().checks(newChecks).build();
    }

    /**
     * This plan on a canvas of another size, as an engine that drew it smaller or larger than planned reports it:
     * the canvas and every instance and text box scaled with it ({@link Box#scaled}); this plan itself when the size
     * is the same. An entity planned without boxes keeps its count.
     */
    public ScenePlan scaledTo(int newWidth, int newHeight) {
        if (newWidth == width && newHeight == height) {
            return this;
        }
        return toBuilder()
                .canvas(newWidth, newHeight)
                .entities(entities.stream()
                        .map(e -> e.instances().isEmpty()
                                ? e // withInstances would set its count to 0
                                : e.withInstances(e.instances().stream()
                                        .map(b -> b.scaled(width, height, newWidth, newHeight))
                                        .toList()))
                        .toList())
                .texts(texts.stream()
                        .map(t -> t.box() == null ? t : t.withBox(t.box().scaled(width, height, newWidth, newHeight)))
                        .toList())
                .build();
    }

    /** Builds a plan by field name, so code and tests never depend on the order of its many fields. */
    public static final class Builder {

        private final String prompt;
        private int width;
        private int height;
        private long seed;
        private String background;
        private List<Entity> entities = List.of();
        private List<Relation> relations = List.of();
        private List<TextSpec> texts = List.of();
        private List<String> unrenderable = List.of();
        private List<Check> checks = List.of();
        private String setting;
        private String style;
        private List<String> notDepicted = List.of();
        private List<String> excluded = List.of();
        private List<String> choices = List.of();
        private SceneGraph graph;
        private int schemaVersion = SCHEMA_VERSION;

        private Builder(String prompt, int width, int height) {
            this.prompt = prompt;
            this.width = width;
            this.height = height;
        }

        /** The canvas, for a plan laid out again at another size. */
        public Builder canvas(int newWidth, int newHeight) {
            width = newWidth;
            height = newHeight;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder background(String value) {
            background = value;
            return this;
        }

        public Builder entities(List<Entity> value) {
            entities = value;
            return this;
        }

        public Builder relations(List<Relation> value) {
            relations = value;
            return this;
        }

        public Builder texts(List<TextSpec> value) {
            texts = value;
            return this;
        }

        public Builder unrenderable(List<String> value) {
            unrenderable = value;
            return this;
        }

        public Builder checks(List<Check> value) {
            checks = value;
            return this;
        }

        public Builder setting(String value) {
            setting = value;
            return this;
        }

        public Builder style(String value) {
            style = value;
            return this;
        }

        public Builder notDepicted(List<String> value) {
            notDepicted = value;
            return this;
        }

        public Builder excluded(List<String> value) {
            excluded = value;
            return this;
        }

        public Builder choices(List<String> value) {
            choices = value;
            return this;
        }

        public Builder graph(SceneGraph value) {
            graph = value;
            return this;
        }

        public Builder schemaVersion(int value) {
            schemaVersion = value;
            return this;
        }

        public ScenePlan build() {
            return new ScenePlan(
                    prompt,
                    width,
                    height,
                    seed,
                    background,
                    entities,
                    relations,
                    texts,
                    unrenderable,
                    checks,
                    setting,
                    style,
                    notDepicted,
                    excluded,
                    choices,
                    graph,
                    schemaVersion);
        }
    }
}
