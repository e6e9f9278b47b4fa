package dev.plantain.refiner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.draft.DraftRenderer;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.render.Outline;
import dev.plantain.render.Recolour;
import dev.plantain.render.SceneArtist;
import dev.plantain.verifier.PixelVerifier;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contrast and template checks fail on a flawed draft and pass after one round of the layout refiner. */
class PixelCheckRepairTest {

    private static final ArtLibrary ART = ArtLibrary.fluentFlat();
    private static final SceneArtist ARTIST = new SceneArtist(ART);
    private static final LayoutRefiner REFINER = new LayoutRefiner(ARTIST);
    private static final PixelVerifier VERIFIER = new PixelVerifier(ART);

    /** Two orange {@code art} left of a red apple, on a white canvas. */
    private static ScenePlan plan(String art) {
        List<Entity> entities = List.of(
                new Entity(
                        "e1",
                        art,
                        art,
                        art,
                        2,
                        "orange",
                        EntitySize.MEDIUM,
                        List.of(new Box(80, 280, 220, 220), new Box(380, 280, 220, 220))),
                new Entity(
                        "e2",
                        "apple",
                        "apple",
                        "red-apple",
                        1,
                        "red",
                        EntitySize.MEDIUM,
                        List.of(new Box(720, 270, 240, 240))));
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("image", CheckKind.IMAGE, null, null, null));
        for (Entity e : entities) {
            checks.add(new Check("count:" + e.id(), CheckKind.COUNT, e.id(), null, Integer.toString(e.count())));
            checks.add(new Check("color:" + e.id(), CheckKind.COLOR, e.id(), null, e.color()));
            for (CheckKind kind : List.of(CheckKind.CLIPPING, CheckKind.CONTRAST, CheckKind.IDENTITY)) {
                checks.add(new Check(kind.label() + ":" + e.id(), kind, e.id(), null, null));
            }
        }
        return ScenePlan.builder("test", 1024, 768)
                .seed(5)
                .background("white")
                .entities(entities)
                .checks(checks)
                .build();
    }

    private static VerificationReport verify(BufferedImage image, ScenePlan plan) {
        return VerificationReport.of(VERIFIER.verify(image, plan).checks(), null);
    }

    private static CheckResult result(VerificationReport report, String id) {
        return report.checks().stream()
                .filter(c -> c.checkId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** Drafts that do not stand out: a black cat on a night sky, a white cloud on white. */
    @ParameterizedTest(name = "{0} ({1}x{2}, seed {3})")
    @CsvSource({"a black cat at night, 1024, 1024, 3", "a cloud, 1024, 1024, 3"})
    void anEntityThatBlendsIntoItsSurroundingsIsOutlinedAndThenStandsOut(
            String prompt, int width, int height, long seed) {
        ScenePlan plan = new RuleBasedPlanner(ART).plan(prompt, width, height, seed);
        DraftRenderer.Draft draft = new ComposingRenderer(ARTIST).draft(plan);
        VerificationReport before = verify(draft.image(), draft.drawn());
        CheckResult contrast = result(before, "contrast:e1");
        assertThat(contrast.passed()).as(contrast.measured()).isFalse();

        ImageRefiner.Refinement refined = REFINER.refine(draft.image(), draft.drawn(), before, 1);
        VerificationReport after = verify(refined.image(), refined.drawn());

        assertThat(refined.changes()).anyMatch(c -> c.contains("contrasting outline") && c.contains("contrast:e1"));
        assertThat(after.unmet()).as(after.summary()).isEmpty();
        assertChangedOnlyAround(draft.image(), refined.image(), refined.drawn(), "e1");
    }

    @ParameterizedTest(name = "{0} painted over with {1}")
    @CsvSource({"cat, banana", "dog, tulip", "cat, dog"})
    void aBoxPaintedOverWithOtherArtIsRepaintedFromThePlannedArt(String art, String wrongArt) {
        ScenePlan plan = plan(art);
        BufferedImage draft = ARTIST.paint(plan);
        Entity planned = plan.entity("e1").orElseThrow();
        Box box = planned.instances().get(1);
        Graphics2D g = draft.createGraphics();
        try {
            ARTIST.fillBackground(g, plan, new Rectangle(box.x(), box.y(), box.width(), box.height()));
            ARTIST.drawInstance(
                    g,
                    new Entity("x", wrongArt, wrongArt, wrongArt, 1, "orange", EntitySize.MEDIUM, List.of(box)),
                    box,
                    Recolour.SHADED);
        } finally {
            g.dispose();
        }
        VerificationReport before = verify(draft, plan);
        assertThat(result(before, "identity:e1").status())
                .as(result(before, "identity:e1").measured())
                .isEqualTo(CheckStatus.FAILED);

        ImageRefiner.Refinement refined = REFINER.refine(draft, plan, before, 1);
        VerificationReport after = verify(refined.image(), refined.drawn());

        assertThat(refined.changes()).anyMatch(c -> c.contains("from its planned art") && c.contains("identity:e1"));
        assertThat(after.unmet()).as(after.summary()).isEmpty();
        assertChangedOnlyAround(draft, refined.image(), plan, "e1");
    }

    /** Every changed pixel lies within an instance of the entity grown by its outline and the repaint's fringe. */
    private static void assertChangedOnlyAround(BufferedImage before, BufferedImage after, ScenePlan plan, String id) {
        List<Box> allowed = plan.entity(id).orElseThrow().instances().stream()
                .map(b -> b.grow(Outline.width(b) + RepairState.FRINGE + SceneArtist.lookReach(plan)))
                .toList();
        int changed = 0;
        List<String> strays = new ArrayList<>();
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    int px = x;
                    int py = y;
                    changed++;
                    if (allowed.stream()
                            .noneMatch(b -> px >= b.x() && px < b.right() && py >= b.y() && py < b.bottom())) {
                        strays.add("(" + x + "," + y + ")");
                    }
                }
            }
        }
        assertThat(changed).as("pixels repainted").isPositive();
        assertThat(strays).as("pixels changed away from every %s", id).isEmpty();
    }
}
