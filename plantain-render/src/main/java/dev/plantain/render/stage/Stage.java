package dev.plantain.render.stage;

import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The working state of a staging: every entity's boxes and draw order, changed in place, and the art's ink. */
final class Stage {

    private final ScenePlan plan;
    private final Ink ink;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, List<Box>> boxes = new HashMap<>();
    private final Map<String, Integer> layers = new HashMap<>();

    Stage(ScenePlan plan, Ink ink) {
        this.plan = plan;
        this.ink = ink;
        for (Entity e : plan.entities()) {
            entities.put(e.id(), e);
            boxes.put(e.id(), new ArrayList<>(e.instances()));
            layers.put(e.id(), e.layer());
        }
    }

    boolean has(String id) {
        return id != null && boxes.containsKey(id) && !boxes.get(id).isEmpty();
    }

    List<Box> boxes(String id) {
        return boxes.get(id);
    }

    void set(String id, int index, Box box) {
        boxes.get(id).set(index, box);
    }

    String concept(String id) {
        return entities.get(id).concept();
    }

    String artId(String id) {
        return entities.get(id).artId();
    }

    int width() {
        return plan.width();
    }

    int height() {
        return plan.height();
    }

    /** The box around the entity's art's opaque pixels when drawn into {@code box}. */
    Box ink(String id, Box box) {
        return ink.of(entities.get(id).artId(), box);
    }

    /** Draws {@code front} after (over) {@code back}. */
    void drawOver(String front, String back) {
        layers.put(front, Math.max(layers.get(front), layers.get(back) + 1));
    }

    /**
     * The box scaled by {@code scale} and moved so its ink's bottom centre lands on ({@code x}, {@code foot}), kept
     * across the canvas.
     */
    Box placeInk(String id, Box box, double scale, double x, double foot) {
        Box drawn = ink(id, box);
        double fx = (drawn.centerX() - box.x()) / box.width();
        double fy = (drawn.bottom() - box.y()) / (double) box.height();
        int w = Math.max(1, (int) Math.round(box.width() * scale));
        int h = Math.max(1, (int) Math.round(box.height() * scale));
        int left = (int) Math.round(x - fx * w);
        int top = (int) Math.round(foot - fy * h);
        return clampX(new Box(left, Math.max(0, Math.min(top, plan.height() - h)), w, h));
    }

    /** The box moved across to lie on the canvas where it fits. */
    Box clampX(Box box) {
        int x = Math.max(0, Math.min(box.x(), plan.width() - box.width()));
        return new Box(x, box.y(), box.width(), box.height());
    }

    /** The box scaled about its foot (bottom centre). */
    static Box aboutFoot(Box box, double scale) {
        int w = Math.max(1, (int) Math.round(box.width() * scale));
        int h = Math.max(1, (int) Math.round(box.height() * scale));
        return new Box((int) Math.round(box.centerX() - w / 2.0), box.bottom() - h, w, h);
    }

    /** The plan with the staged boxes and draw orders. */
    ScenePlan plan() {
        List<Entity> staged = new ArrayList<>();
        for (Entity e : entities.values()) {
            staged.add(new Entity(
                    e.id(),
                    e.noun(),
                    e.concept(),
                    e.artId(),
                    e.count(),
                    e.color(),
                    e.size(),
                    e.instances().isEmpty() ? e.instances() : boxes.get(e.id()),
                    layers.get(e.id())));
        }
        return plan.withEntities(staged);
    }
}
