package dev.plantain.refiner;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import dev.plantain.render.Outline;
import dev.plantain.render.RingSample;
import dev.plantain.render.SceneArtist;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Repairs an entity that does not stand out from its surroundings by redrawing each instance from its art with a
 * contrasting {@link Outline} (black on light surroundings, white on dark), leaving its colours as planned. The
 * outline keeps clear of other instances, texts and the canvas edge, so it neither joins two objects nor clips. An
 * entity so like its surroundings that the verifier found none of it is outlined too: that is what makes it visible.
 */
final class ContrastRepair {

    /** The ring measured around an outlined instance, as a share of its box's longer side. */
    private static final double RING = 0.15;

    private static final int SAMPLES_A_SIDE = 48;

    private ContrastRepair() {}

    static void repair(RepairState state, CheckResult check) {
        Optional<Entity> found = state.drawnSubject(check);
        if (found.isEmpty()) {
            return;
        }
        Entity entity = found.get();
        state.outline(entity);
        state.note(String.format(
                        Locale.ROOT,
                        "redrew every %s with a contrasting outline %.1f%% of its size wide (black on light"
                                + " surroundings, white on dark) so that it stands out ",
                        entity.concept(),
                        100 * Outline.WIDTH_SHARE)
                + RepairState.cause(check));
    }

    /** Draws the outlines the round asked for onto the repainted image, around each instance where it now stands. */
    static void drawOutlines(BufferedImage image, RepairState state, SceneArtist artist) {
        ScenePlan plan = state.plan();
        for (String id : state.outlined()) {
            Optional<Entity> entity = plan.entity(id);
            if (entity.isEmpty()) {
                continue;
            }
            List<Box> instances = entity.get().instances();
            for (int i = 0; i < instances.size(); i++) {
                Box box = instances.get(i);
                int rgb = Outline.colourAgainst(surroundingLightness(image, box));
                Outline.draw(image, artist, entity.get(), box, rgb, avoided(plan, id, i, Outline.width(box)));
            }
        }
    }

    /** Other instances and texts, kept a pixel more than an outline's width away, and the canvas's edge. */
    private static List<Box> avoided(ScenePlan plan, String entityId, int index, int width) {
        List<Box> avoid = new ArrayList<>();
        for (Entity e : plan.entities()) {
            for (int i = 0; i < e.instances().size(); i++) {
                if (!(e.id().equals(entityId) && i == index)) {
                    avoid.add(e.instances().get(i).grow(width + 2));
                }
            }
        }
        plan.texts().stream().filter(t -> t.box() != null).map(TextSpec::box).forEach(b -> avoid.add(b.grow(2)));
        int edge = 2;
        avoid.add(new Box(0, 0, plan.width(), edge));
        avoid.add(new Box(0, plan.height() - edge, plan.width(), edge));
        avoid.add(new Box(0, 0, edge, plan.height()));
        avoid.add(new Box(plan.width() - edge, 0, edge, plan.height()));
        return avoid;
    }

    /** The mean CIELAB lightness of a ring just outside where the instance's outline reaches. */
    private static double surroundingLightness(BufferedImage image, Box box) {
        Box inner = box.grow(Outline.width(box) + 2);
        int margin = (int) Math.max(2, Math.round(RING * Math.max(box.width(), box.height())));
        return RingSample.mean(image, inner, margin, SAMPLES_A_SIDE).l();
    }
}
