package dev.plantain.render;

import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.util.List;
import java.util.Optional;

/**
 * Texts written on an entity ("a cake with the word LOVE"): a text whose box lies wholly inside an entity instance's
 * box is on that instance, and goes wherever the instance goes, keeping its place on it.
 */
public final class CarriedTexts {

    /** Where a text is written: an entity's id and the index of its instance. */
    public record Carrier(String entityId, int index) {}

    private CarriedTexts() {}

    /** The first entity instance whose box holds the text's box, if any. */
    public static Optional<Carrier> carrierOf(ScenePlan plan, TextSpec text) {
        if (text.box() == null) {
            return Optional.empty();
        }
        for (Entity entity : plan.entities()) {
            List<Box> boxes = entity.instances();
            for (int i = 0; i < boxes.size(); i++) {
                if (holds(boxes.get(i), text.box())) {
                    return Optional.of(new Carrier(entity.id(), i));
                }
            }
        }
        return Optional.empty();
    }

    /** The plan {@code after} with every text carried in {@code before} moved as its carrier instance moved. */
    public static ScenePlan follow(ScenePlan before, ScenePlan after) {
        List<TextSpec> texts = before.texts().stream()
                .map(text -> carrierOf(before, text)
                        .flatMap(c -> after.entity(c.entityId())
                                .filter(e -> c.index() < e.instances().size())
                                .map(e -> text.withBox(moved(
                                        text.box(),
                                        before.entity(c.entityId())
                                                .orElseThrow()
                                                .instances()
                                                .get(c.index()),
                                        e.instances().get(c.index())))))
                        .orElse(after.text(text.id()).orElse(text)))
                .toList();
        return after.withTexts(texts);
    }

    /** A box on {@code from} carried to {@code to}: the same place relative to the instance, scaled with it. */
    public static Box moved(Box box, Box from, Box to) {
        double sx = to.width() / (double) Math.max(1, from.width());
        double sy = to.height() / (double) Math.max(1, from.height());
        int x = to.x() + (int) Math.round((box.x() - from.x()) * sx);
        int y = to.y() + (int) Math.round((box.y() - from.y()) * sy);
        int w = Math.max(1, (int) Math.round(box.width() * sx));
        int h = Math.max(1, (int) Math.round(box.height() * sy));
        return new Box(x, y, Math.min(w, to.right() - x), Math.min(h, to.bottom() - y));
    }

    private static boolean holds(Box outer, Box inner) {
        return inner.x() >= outer.x()
                && inner.y() >= outer.y()
                && inner.right() <= outer.right()
                && inner.bottom() <= outer.bottom();
    }
}
