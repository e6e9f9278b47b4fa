package dev.plantain.bench.verifier;

import dev.plantain.draft.DraftRenderer;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Palette;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Makes a correct corpus scene wrong in one of the ways {@link ErrorKind} lists, by pixels or by redrawing. */
final class SceneBreaker {

    private static final String[] OTHER_ART = {
        "red-apple", "automobile", "cat", "dog", "banana", "tulip", "umbrella", "hot-beverage"
    };

    private final DraftRenderer renderer;

    SceneBreaker(DraftRenderer renderer) {
        this.renderer = renderer;
    }

    /** The scene made wrong in the given way, or empty when the scene has nothing that way can break. */
    Optional<BufferedImage> corrupt(VerifierCorpus.Scene scene, ErrorKind kind, Random random) {
        ScenePlan drawn = scene.drawn();
        int background = Palette.named(drawn.background()).rgb();
        return switch (kind) {
            case WRONG_COUNT -> {
                List<Box> boxes = drawn.entities().get(0).instances();
                yield Optional.of(Defects.paintOut(
                        scene.image(),
                        boxes.get(random.nextInt(boxes.size())),
                        background,
                        VerifierCorpus.MIN_GAP / 3));
            }
            case WRONG_OBJECT -> {
                Entity first = scene.planned().entities().get(0);
                String other = OTHER_ART[random.nextInt(OTHER_ART.length)];
                other = other.equals(first.artId())
                        ? OTHER_ART[(List.of(OTHER_ART).indexOf(other) + 1) % OTHER_ART.length]
                        : other;
                List<Entity> entities = new ArrayList<>(scene.planned().entities());
                entities.set(
                        0,
                        new Entity(
                                first.id(),
                                first.noun(),
                                first.concept(),
                                other,
                                first.count(),
                                first.color(),
                                first.size(),
                                first.instances()));
                yield Optional.of(
                        renderer.draft(scene.planned().withEntities(entities)).image());
            }
            case WRONG_COLOUR ->
                drawn.entities().stream()
                        .filter(SceneBreaker::chromatic)
                        .findFirst()
                        .map(e -> e.instances().stream()
                                .reduce(
                                        scene.image(),
                                        (img, box) -> Defects.rotateHue(img, box, background, 180),
                                        (a, b) -> b));
            case SWAPPED_POSITIONS ->
                drawn.relations().isEmpty() || !drawn.texts().isEmpty()
                        ? Optional.empty()
                        : switch (drawn.relations().get(0).relation()) {
                            case LEFT_OF, RIGHT_OF -> Optional.of(Defects.flip(scene.image(), true));
                            case ABOVE, BELOW -> Optional.of(Defects.flip(scene.image(), false));
                            default -> Optional.empty();
                        };
            case MISSPELLED_TEXT -> redrawText(scene, t -> misspell(t, random));
            case MISSING_TEXT -> redrawText(scene, t -> "");
            case BLANK -> Optional.of(Defects.flat(drawn.width(), drawn.height(), background));
            case NOISE -> Optional.of(Defects.noise(scene.image(), null, random));
            case GARBAGE_PATCH -> {
                int w = drawn.width() / 4;
                int h = drawn.height() / 4;
                Box patch = new Box(random.nextInt(drawn.width() - w), random.nextInt(drawn.height() - h), w, h);
                yield Optional.of(Defects.noise(scene.image(), patch, random));
            }
        };
    }

    private Optional<BufferedImage> redrawText(VerifierCorpus.Scene scene, UnaryOperator<String> change) {
        if (scene.planned().texts().isEmpty()) {
            return Optional.empty();
        }
        List<TextSpec> texts = scene.planned().texts().stream()
                .map(t -> new TextSpec(t.id(), change.apply(t.content()), t.carrier(), t.box()))
                .toList();
        return Optional.of(renderer.draft(scene.planned().withTexts(texts)).image());
    }

    /** One letter, not the first, replaced by the next in the alphabet or dropped. */
    static String misspell(String text, Random random) {
        int at = 1 + random.nextInt(Math.max(1, text.length() - 1));
        char c = text.charAt(at);
        if (random.nextBoolean() || !Character.isLetter(c)) {
            return text.substring(0, at) + text.substring(at + 1);
        }
        char next = (char) (Character.toUpperCase(c) == 'Z' ? c - 25 : c + 1);
        return text.substring(0, at) + next + text.substring(at + 1);
    }

    private static boolean chromatic(Entity e) {
        return Palette.find(e.color()).map(c -> c.lab().chroma() > 20).orElse(false);
    }
}
