package dev.plantain.refiner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.Box;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import dev.plantain.render.SceneArtist;
import java.awt.Rectangle;
import java.awt.geom.Area;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutRefinerTest {

    private static final SceneArtist ARTIST = new SceneArtist(ArtLibrary.fluentFlat());
    private static final LayoutRefiner REFINER = new LayoutRefiner(ARTIST);

    /** Three apples (the first two overlapping), a cat left of a banana, and a sign. */
    private static ScenePlan scene() {
        Entity apples = new Entity(
                "e1",
                "apples",
                "apple",
                "red-apple",
                3,
                null,
                EntitySize.MEDIUM,
                List.of(new Box(40, 40, 100, 100), new Box(90, 60, 100, 100), new Box(40, 300, 100, 100)));
        Entity cat = new Entity(
                "e2", "cat", "cat", "cat", 1, "blue", EntitySize.MEDIUM, List.of(new Box(300, 60, 120, 120)));
        Entity banana = new Entity(
                "e3", "banana", "banana", "banana", 1, null, EntitySize.MEDIUM, List.of(new Box(460, 80, 110, 110)));
        TextSpec sign = new TextSpec("t1", "OPEN", "sign", new Box(300, 320, 160, 60));
        return ScenePlan.builder("prompt", 640, 480)
                .seed(9)
                .background("white")
                .entities(List.of(apples, cat, banana))
                .texts(List.of(sign))
                .build();
    }

    private static VerificationReport failing(String checkId, CheckKind kind, String subject, String measured) {
        return VerificationReport.of(
                List.of(
                        new CheckResult("image", CheckKind.IMAGE, null, CheckStatus.PASSED, 1, "a picture", null),
                        new CheckResult(checkId, kind, subject, CheckStatus.FAILED, 0.3, measured, null)),
                null);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("count:e1", CheckKind.COUNT, "e1", "found 2, expected 3"),
                Arguments.of("clipping:e1", CheckKind.CLIPPING, "e1", "apple #1 touches the edge"),
                Arguments.of("position:e3:left-of:e2", CheckKind.POSITION, "e3", "banana is right of the cat"),
                Arguments.of("color:e2", CheckKind.COLOR, "e2", "found green, expected blue"),
                Arguments.of("text:t1", CheckKind.TEXT, "t1", "read \"0PFN\""));
    }

    /** What a repair may touch: every changed box grown by the fringe, its new box, and a recoloured entity's boxes. */
    private static Area allowed(ScenePlan before, ScenePlan after, CheckKind kind, String subject) {
        Area area = new Area();
        for (int e = 0; e < before.entities().size(); e++) {
            List<Box> old = before.entities().get(e).instances();
            List<Box> now = after.entities().get(e).instances();
            for (int i = 0; i < old.size(); i++) {
                boolean recoloured =
                        kind == CheckKind.COLOR && before.entities().get(e).id().equals(subject);
                if (!old.get(i).equals(now.get(i)) || recoloured) {
                    area.add(new Area(rect(old.get(i).grow(3))));
                    area.add(new Area(rect(now.get(i))));
                }
            }
        }
        for (int t = 0; t < before.texts().size(); t++) {
            if (!before.texts().get(t).box().equals(after.texts().get(t).box()) || kind == CheckKind.TEXT) {
                area.add(new Area(rect(before.texts().get(t).box().grow(3))));
                area.add(new Area(rect(after.texts().get(t).box())));
            }
        }
        return area;
    }

    private static Rectangle rect(Box box) {
        return new Rectangle(box.x(), box.y(), box.width(), box.height());
    }

    @ParameterizedTest
    @MethodSource("failures")
    void pixelsOutsideTheRepairedRegionsStayTheSame(String checkId, CheckKind kind, String subject, String measured) {
        ScenePlan plan = scene();
        BufferedImage image = ARTIST.paint(plan);

        ImageRefiner.Refinement refinement = REFINER.refine(image, plan, failing(checkId, kind, subject, measured), 1);

        Area allowed = allowed(plan, refinement.drawn(), kind, subject);
        int changed = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != refinement.image().getRGB(x, y)) {
                    changed++;
                    assertThat(allowed.contains(x + 0.5, y + 0.5))
                            .as("changed pixel (%d,%d) inside the repair", x, y)
                            .isTrue();
                }
            }
        }
        assertThat(changed).as("pixels repainted").isPositive();
        assertThat(refinement.changes())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("(" + checkId));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void theInputImageIsNotChanged(String checkId, CheckKind kind, String subject, String measured) {
        ScenePlan plan = scene();
        BufferedImage image = ARTIST.paint(plan);
        int[] before = pixels(image);

        ImageRefiner.Refinement refinement = REFINER.refine(image, plan, failing(checkId, kind, subject, measured), 1);

        assertThat(pixels(image)).isEqualTo(before);
        assertThat(refinement.image()).isNotSameAs(image);
    }

    @Test
    void aCountFailureFromOverlappingInstancesLeavesNoOverlaps() {
        ScenePlan plan = scene();

        VerificationReport report = failing("count:e1", CheckKind.COUNT, "e1", "found 2, expected 3");

        ImageRefiner.Refinement refinement = REFINER.refine(ARTIST.paint(plan), plan, report, 1);

        List<Box> boxes = new ArrayList<>();
        refinement.drawn().entities().forEach(e -> boxes.addAll(e.instances()));
        refinement.drawn().texts().forEach(t -> boxes.add(t.box()));
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(boxes.get(i).insideCanvas(640, 480)).isTrue();
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j)))
                        .as("%s and %s", boxes.get(i), boxes.get(j))
                        .isFalse();
            }
        }
        assertThat(refinement.drawn().entity("e1").orElseThrow().instances().get(0))
                .as("the apple overlapped first stays")
                .isEqualTo(new Box(40, 40, 100, 100));
        assertThat(refinement.changes())
                .singleElement()
                .asString()
                .startsWith("moved apple #2 from (90,60) to (")
                .endsWith("): it overlapped apple #1 (count:e1 found 2, expected 3)");
    }

    @Test
    void anIdentityFailureOfOverlappingInstancesSpacesThemApart() {
        // repainted where they stood, the apples would hide each other's art again
        ScenePlan plan = scene();

        VerificationReport report = failing("identity:e1", CheckKind.IDENTITY, "e1", "IoU 0.70 (weakest instance)");

        ImageRefiner.Refinement refinement = REFINER.refine(ARTIST.paint(plan), plan, report, 1);

        List<Box> apples = refinement.drawn().entity("e1").orElseThrow().instances();
        assertThat(apples).hasSize(3);
        for (int i = 0; i < apples.size(); i++) {
            for (int j = i + 1; j < apples.size(); j++) {
                assertThat(apples.get(i).intersects(apples.get(j)))
                        .as("%s and %s", apples.get(i), apples.get(j))
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"left-of", "right-of", "above", "below"})
    void aPositionRepairMeetsTheRelationByCentroidWithoutOverlaps(String relation) {
        ScenePlan plan = scene();
        String checkId = "position:e3:" + relation + ":e2";

        ScenePlan drawn = REFINER.refine(ARTIST.paint(plan), plan, failing(checkId, CheckKind.POSITION, "e3", "no"), 1)
                .drawn();

        Box banana = drawn.entity("e3").orElseThrow().bounds();
        Box cat = drawn.entity("e2").orElseThrow().bounds();
        double margin = 40;
        switch (relation) {
            case "left-of" -> assertThat(banana.centerX() + margin).isLessThan(cat.centerX());
            case "right-of" -> assertThat(banana.centerX()).isGreaterThan(cat.centerX() + margin);
            case "above" -> assertThat(banana.centerY() + margin).isLessThan(cat.centerY());
            default -> assertThat(banana.centerY()).isGreaterThan(cat.centerY() + margin);
        }
        List<Box> boxes = new ArrayList<>();
        drawn.entities().forEach(e -> boxes.addAll(e.instances()));
        assertThat(boxes).allSatisfy(b -> assertThat(b.insideCanvas(640, 480)).isTrue());
        assertThat(banana.intersects(cat)).isFalse();
    }

    @Test
    void aTextRepairGrowsThePlateAndSetsDarkTextOnIt() {
        ScenePlan plan = scene();

        ImageRefiner.Refinement refinement =
                REFINER.refine(ARTIST.paint(plan), plan, failing("text:t1", CheckKind.TEXT, "t1", "unreadable"), 1);

        Box plate = refinement.drawn().text("t1").orElseThrow().box();
        assertThat(plate.width()).isGreaterThan(160).isLessThanOrEqualTo(224);
        assertThat(plate.insideCanvas(640, 480)).isTrue();
        long dark = 0;
        for (int y = plate.y(); y < plate.bottom(); y++) {
            for (int x = plate.x(); x < plate.right(); x++) {
                dark += (refinement.image().getRGB(x, y) & 0xFFFFFF) < 0x303030 ? 1 : 0;
            }
        }
        assertThat(dark).isGreaterThan(200);
    }

    @Test
    void anUnknownCheckKindChangesNothingAndSaysSo() {
        ScenePlan plan = scene();
        BufferedImage image = ARTIST.paint(plan);
        VerificationReport report = VerificationReport.of(
                List.of(new CheckResult("image", CheckKind.IMAGE, null, CheckStatus.NOT_VERIFIED, 0, "blank", null)),
                null);

        ImageRefiner.Refinement refinement = REFINER.refine(image, plan, report, 1);

        assertThat(pixels(refinement.image())).isEqualTo(pixels(image));
        assertThat(refinement.drawn()).isEqualTo(plan);
        assertThat(refinement.changes())
                .singleElement()
                .asString()
                .contains("cannot repair")
                .contains("image");
    }
}
