package dev.plantain.render.stage;

import dev.plantain.plan.Box;
import java.util.List;

/**
 * Things side by side on one ground: "next to" stands the subject beside the other on the same foot line, on the
 * side where it already was; "in front of" stands it a little lower (nearer) and across the other's front, drawn
 * over it. Sizes follow the things' heights in the world where {@link StageWords} knows both.
 */
final class Neighbours {

    private final Stage stage;

    Neighbours(Stage stage) {
        this.stage = stage;
    }

    void beside(String subject, String object) {
        Box other = stage.ink(object, stage.boxes(object).get(0));
        List<Box> boxes = stage.boxes(subject);
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            Box ink = stage.ink(subject, box);
            double scale = worldScale(subject, object, ink, other);
            double w = ink.width() * scale;
            boolean right = box.centerX() >= stage.boxes(object).get(0).centerX();
            double gap = 0.08 * other.width() + (i + 0.5) * w * 1.1;
            double x = right ? other.right() + gap - 0.5 * w * 0.1 : other.x() - gap;
            stage.set(subject, i, stage.placeInk(subject, box, scale, x, other.bottom()));
        }
    }

    /**
     * Whether "in front of" is staged here: only a much smaller thing before a large one (a person before a house),
     * which the layout's equal cells cannot show; other pairs keep the layout's overlap ({@code FrontAndBack}).
     */
    static boolean stages(String frontConcept, String backConcept) {
        double a = StageWords.height(frontConcept);
        double b = StageWords.height(backConcept);
        return a > 0 && b > a * 2;
    }

    void before(String front, String back) {
        if (!stages(stage.concept(front), stage.concept(back))) {
            return;
        }
        Box backBox = stage.boxes(back).get(0);
        Box backInk = stage.ink(back, backBox);
        if (backInk.height() < 0.5 * stage.height()) {
            double grow = Math.min(0.5 * stage.height() / backInk.height(), 0.9 * stage.width() / backInk.width());
            Box grown = Stage.aboutFoot(backBox, Math.max(1, grow));
            stage.set(back, 0, stage.clampX(new Box(grown.x(), Math.max(0, grown.y()), grown.width(), grown.height())));
        }
        Box behind = stage.ink(back, stage.boxes(back).get(0));
        List<Box> boxes = stage.boxes(front);
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            Box ink = stage.ink(front, box);
            double scale = worldScale(front, back, ink, behind);
            boolean right = box.centerX() >= stage.boxes(back).get(0).centerX();
            double x = behind.centerX() + (right ? 1 : -1) * (0.22 + 0.2 * i) * behind.width();
            double foot = Math.min(stage.height() - 1.0, behind.bottom() + 0.06 * behind.height());
            stage.set(front, i, stage.placeInk(front, box, scale, x, foot));
        }
        stage.drawOver(front, back);
    }

    /** The scale that gives the first thing its height in the world beside the second's, or 1 when unknown. */
    private double worldScale(String first, String second, Box firstInk, Box secondInk) {
        double a = StageWords.height(stage.concept(first));
        double b = StageWords.height(stage.concept(second));
        if (a <= 0 || b <= 0) {
            return 1;
        }
        double ratio = Math.max(0.12, Math.min(2.5, a / b));
        double scale = ratio * secondInk.height() / Math.max(1.0, firstInk.height());
        double tallest = 0.8 * stage.height() / Math.max(1.0, firstInk.height());
        return Math.min(scale, tallest);
    }
}
