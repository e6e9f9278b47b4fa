package dev.plantain.refiner;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.TextSpec;
import dev.plantain.render.CarriedTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Repairs an illegible text by setting it again, black on a white plate, grown up to {@value #MAX_GROWTH} times
 * about its centre as far as the canvas (or, for a text written on an entity, the entity's instance) allows without
 * covering an entity or text it did not already cover.
 */
final class TextRepair {

    static final double MAX_GROWTH = 1.4;
    private static final double STEP = 0.05;

    private TextRepair() {}

    static void repair(RepairState state, CheckResult check) {
        Optional<TextSpec> found = state.plan().text(check.subject());
        if (found.isEmpty() || found.get().box() == null) {
            state.note("left the image as it was: the plan has no placed text " + check.subject() + " "
                    + RepairState.cause(check));
            return;
        }
        TextSpec text = found.get();
        List<Box> avoid = avoided(state, text);
        Optional<Box> carrier = CarriedTexts.carrierOf(state.plan(), text)
                .map(c -> state.plan()
                        .entity(c.entityId())
                        .orElseThrow()
                        .instances()
                        .get(c.index()));
        Box chosen = text.box();
        double growth = 1;
        for (double f = MAX_GROWTH; f > 1 + STEP / 2; f -= STEP) {
            double factor = f;
            Box candidate = carrier.map(b -> grown(text.box(), factor, b))
                    .orElseGet(() -> grown(
                            text.box(),
                            factor,
                            state.plan().width(),
                            state.plan().height()));
            if (avoid.stream().noneMatch(candidate::intersects)) {
                chosen = candidate;
                growth = f;
                break;
            }
        }
        state.emphasise(text, chosen);
        state.note("re-set the " + text.carrier() + " \"" + text.content() + "\" in black on a white plate"
                + (growth > 1
                        ? String.format(
                                Locale.ROOT,
                                ", grown %.2f× to %dx%d at (%d,%d)",
                                growth,
                                chosen.width(),
                                chosen.height(),
                                chosen.x(),
                                chosen.y())
                        : ", at its size: no room to grow it")
                + " " + RepairState.cause(check));
    }

    /** Entity and text boxes the plate must not newly cover. */
    private static List<Box> avoided(RepairState state, TextSpec text) {
        List<Box> avoid = new ArrayList<>();
        for (Entity e : state.plan().entities()) {
            e.instances().stream().filter(b -> !b.intersects(text.box())).forEach(avoid::add);
        }
        state.plan().texts().stream()
                .filter(t ->
                        !t.id().equals(text.id()) && t.box() != null && !t.box().intersects(text.box()))
                .forEach(t -> avoid.add(t.box()));
        return avoid;
    }

    /** The box scaled about its centre, then shifted (and if need be cut) to lie inside its carrier instance. */
    private static Box grown(Box box, double factor, Box carrier) {
        Box inCanvas = grown(
                new Box(box.x() - carrier.x(), box.y() - carrier.y(), box.width(), box.height()),
                factor,
                carrier.width(),
                carrier.height());
        return new Box(inCanvas.x() + carrier.x(), inCanvas.y() + carrier.y(), inCanvas.width(), inCanvas.height());
    }

    /** The box scaled about its centre, then shifted (and if need be cut) to lie inside the canvas. */
    private static Box grown(Box box, double factor, int canvasWidth, int canvasHeight) {
        int w = Math.min(canvasWidth, (int) Math.round(box.width() * factor));
        int h = Math.min(canvasHeight, (int) Math.round(box.height() * factor));
        int x = Math.max(0, Math.min(canvasWidth - w, (int) Math.round(box.centerX() - w / 2.0)));
        int y = Math.max(0, Math.min(canvasHeight - h, (int) Math.round(box.centerY() - h / 2.0)));
        return new Box(x, y, w, h);
    }
}
