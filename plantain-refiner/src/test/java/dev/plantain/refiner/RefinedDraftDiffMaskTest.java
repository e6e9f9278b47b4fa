package dev.plantain.refiner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.render.CarriedTexts;
import dev.plantain.render.SceneArtist;
import dev.plantain.verifier.PixelVerifier;
import dev.plantain.verifier.TextReader;
import java.awt.Rectangle;
import java.awt.geom.Area;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The refiner's diff-mask property on real drafts: planned and drafted by the built-in engines, broken in a known way,
 * failed by the pixel verifier, then refined. Every pixel outside the regions the plan says changed (each moved,
 * added or removed instance's old and new box, a recoloured entity's boxes, a re-set text's old and new plate) is
 * identical to the input, and the repair meets the check that failed.
 */
class RefinedDraftDiffMaskTest {

    private static final int SIDE = 768;
    private static final ArtLibrary ART = ArtLibrary.fluentFlat();
    private static final SceneArtist ARTIST = new SceneArtist(ART);
    private static final RuleBasedPlanner PLANNER = new RuleBasedPlanner(ART);
    private static final ComposingRenderer RENDERER = new ComposingRenderer(ARTIST);
    /** An OCR that reads nothing, so every text check fails as unreadable text would. */
    private static final TextReader BLIND = (image, region) -> List.of();

    private static final PixelVerifier VERIFIER = new PixelVerifier(ART, BLIND);
    private static final LayoutRefiner REFINER = new LayoutRefiner(ARTIST);

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("three apples", CheckKind.COUNT, edit(0, RefinedDraftDiffMaskTest::overlapping)),
                Arguments.of("four cupcakes", CheckKind.COUNT, edit(0, RefinedDraftDiffMaskTest::lessOne)),
                Arguments.of("two dogs", CheckKind.COUNT, edit(0, RefinedDraftDiffMaskTest::plusOne)),
                Arguments.of("a cat to the left of a dog", CheckKind.POSITION, swapped()),
                Arguments.of("an apple above a dog", CheckKind.POSITION, swapped()),
                Arguments.of(
                        "a pink teddy bear next to a purple tulip",
                        CheckKind.POSITION,
                        edit(0, RefinedDraftDiffMaskTest::farCorner)),
                Arguments.of("a blue car", CheckKind.COLOR, UnaryOperator.<ScenePlan>identity()),
                Arguments.of(
                        "a sign that says \"OPEN\" next to a tree",
                        CheckKind.TEXT,
                        UnaryOperator.<ScenePlan>identity()),
                Arguments.of("a red balloon", CheckKind.CLIPPING, edit(0, RefinedDraftDiffMaskTest::halfOut)),
                Arguments.of("a cake with the word LOVE", CheckKind.TEXT, UnaryOperator.<ScenePlan>identity()),
                Arguments.of(
                        "a cake with the word LOVE",
                        CheckKind.CLIPPING,
                        carried(edit(0, RefinedDraftDiffMaskTest::halfOut))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("failures")
    void pixelsOutsideTheRepairedRegionsStayAsTheyWere(
            String prompt, CheckKind kind, UnaryOperator<ScenePlan> breaker) {
        ScenePlan drawn = withClippingChecks(breaker.apply(
                RENDERER.draft(PLANNER.plan(prompt, SIDE, SIDE, 11)).drawn()));
        BufferedImage image = ARTIST.paint(kind == CheckKind.COLOR ? recoloured(drawn, "red") : drawn);
        VerificationReport report = verify(image, drawn);
        CheckResult failed = report.unmet().stream()
                .filter(c -> c.kind() == kind)
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("the broken draft should fail a " + kind + " check: " + report.summary()));

        ImageRefiner.Refinement refinement = REFINER.refine(image, drawn, report, 1);

        Area allowed = allowed(drawn, refinement.drawn(), report);
        int changed = 0;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                if (image.getRGB(x, y) != refinement.image().getRGB(x, y)) {
                    changed++;
                    assertThat(allowed.contains(x + 0.5, y + 0.5))
                            .as("changed pixel (%d,%d) lies in a repaired region", x, y)
                            .isTrue();
                }
            }
        }
        assertThat(changed).as("pixels repainted").isPositive();
        assertThat(refinement.changes()).anySatisfy(c -> assertThat(c).contains("(" + failed.checkId()));
        CheckResult after = verify(refinement.image(), refinement.drawn()).checks().stream()
                .filter(c -> c.checkId().equals(failed.checkId()))
                .findFirst()
                .orElseThrow();
        if (kind != CheckKind.TEXT) {
            assertThat(after.passed())
                    .as("%s after the repair: %s", after.checkId(), after.measured())
                    .isTrue();
        }
    }

    private static VerificationReport verify(BufferedImage image, ScenePlan plan) {
        return VerificationReport.of(VERIFIER.verify(image, plan).checks(), null);
    }

    /** Where a repair may paint: every box that changed between the plans (old ones with the fringe), and more. */
    private static Area allowed(ScenePlan before, ScenePlan after, VerificationReport report) {
        Area area = new Area();
        for (Entity old : before.entities()) {
            List<Box> was = old.instances();
            List<Box> now = after.entity(old.id()).orElseThrow().instances();
            boolean recoloured = report.unmet().stream()
                    .anyMatch(c -> c.kind() == CheckKind.COLOR && old.id().equals(c.subject()));
            for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
                Box from = i < was.size() ? was.get(i) : null;
                Box to = i < now.size() ? now.get(i) : null;
                if (recoloured || from == null || !from.equals(to)) {
                    add(area, from == null ? null : from.grow(RepairState.FRINGE));
                    add(area, to);
                }
            }
        }
        for (TextSpec text : before.texts()) {
            Box now = after.text(text.id()).orElseThrow().box();
            boolean reset = report.unmet().stream()
                    .anyMatch(c -> c.kind() == CheckKind.TEXT && text.id().equals(c.subject()));
            if (reset || !text.box().equals(now)) {
                add(area, text.box().grow(RepairState.FRINGE));
                add(area, now);
            }
        }
        return area;
    }

    private static void add(Area area, Box box) {
        if (box != null) {
            area.add(new Area(new Rectangle(box.x(), box.y(), box.width(), box.height())));
        }
    }

    private static UnaryOperator<ScenePlan> edit(int entity, UnaryOperator<List<Box>> change) {
        return plan -> {
            List<Entity> entities = new ArrayList<>(plan.entities());
            Entity e = entities.get(entity);
            entities.set(entity, e.withInstances(change.apply(new ArrayList<>(e.instances()))));
            return plan.withEntities(entities);
        };
    }

    /** The edit with every text written on an instance moved along with it, as a draft would draw it. */
    private static UnaryOperator<ScenePlan> carried(UnaryOperator<ScenePlan> edit) {
        return plan -> CarriedTexts.follow(plan, edit.apply(plan));
    }

    /** The second instance drawn half over the first, so the two merge into one drawing. */
    private static List<Box> overlapping(List<Box> boxes) {
        Box first = boxes.get(0);
        boxes.set(
                1,
                new Box(first.x() + first.width() / 3, first.y() + first.height() / 5, first.width(), first.height()));
        return boxes;
    }

    private static List<Box> lessOne(List<Box> boxes) {
        boxes.remove(boxes.size() - 1);
        return boxes;
    }

    /** One instance too many, small, in the top-left corner. */
    private static List<Box> plusOne(List<Box> boxes) {
        boxes.add(new Box(20, 20, SIDE / 8, SIDE / 8));
        return boxes;
    }

    /** The only instance pushed half across the right edge. */
    private static List<Box> halfOut(List<Box> boxes) {
        Box b = boxes.get(0);
        return new ArrayList<>(List.of(new Box(SIDE - b.width() / 2, b.y(), b.width(), b.height())));
    }

    /** The only instance moved to the top-left corner, far from everything else. */
    private static List<Box> farCorner(List<Box> boxes) {
        Box b = boxes.get(0);
        return new ArrayList<>(List.of(new Box(20, 20, b.width(), b.height())));
    }

    /** The two entities' places exchanged, so their relation reads backwards. */
    private static UnaryOperator<ScenePlan> swapped() {
        return plan -> {
            Entity a = plan.entities().get(0);
            Entity b = plan.entities().get(1);
            return plan.withEntities(List.of(a.withInstances(b.instances()), b.withInstances(a.instances())));
        };
    }

    private static ScenePlan recoloured(ScenePlan plan, String colour) {
        Entity e = plan.entities().get(0);
        return plan.withEntities(List.of(
                new Entity(e.id(), e.noun(), e.concept(), e.artId(), e.count(), colour, e.size(), e.instances())));
    }

    private static ScenePlan withClippingChecks(ScenePlan plan) {
        List<Check> checks = new ArrayList<>(plan.checks());
        for (Entity e : plan.entities()) {
            checks.add(new Check("clipping:" + e.id(), CheckKind.CLIPPING, e.id(), null, null));
        }
        return plan.withChecks(checks);
    }
}
