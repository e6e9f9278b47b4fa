package dev.plantain.refiner;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import dev.plantain.render.CarriedTexts;
import dev.plantain.render.Outline;
import dev.plantain.render.PaintStyle;
import dev.plantain.render.SceneArtist;
import java.awt.Rectangle;
import java.awt.geom.Area;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One refinement in progress: the plan as it will be drawn, the region to repaint, the emphasis to paint it with,
 * and the sentences saying what changed and why.
 */
final class RepairState {

    /** Pixels around an old box also repainted, for the antialiased fringe. */
    static final int FRINGE = 3;

    /** Something a moved instance must keep clear of, with the name a change sentence gives it. */
    record Obstacle(String name, Box box) {}

    private ScenePlan plan;
    private final Area mask = new Area();
    private final Set<String> fullyRecoloured = new LinkedHashSet<>();
    private final Set<String> emphasisedTexts = new LinkedHashSet<>();
    private final Set<String> outlined = new LinkedHashSet<>();
    private final List<String> changes = new ArrayList<>();

    RepairState(ScenePlan plan) {
        this.plan = plan;
    }

    ScenePlan plan() {
        return plan;
    }

    /** Space kept between a canvas edge and a placed box. */
    int margin() {
        return Math.max(4, Math.min(plan.width(), plan.height()) / 50);
    }

    /** Space kept between two placed boxes. */
    int gap() {
        return Math.max(6, Math.min(plan.width(), plan.height()) / 128);
    }

    /** The canvas less its margin: where placed boxes go. */
    Box interior() {
        int m = margin();
        return new Box(m, m, Math.max(0, plan.width() - 2 * m), Math.max(0, plan.height() - 2 * m));
    }

    /** Every instance box of the entities not excluded, and every text plate not written on an entity. */
    List<Obstacle> obstacles(Set<String> excludedEntities) {
        List<Obstacle> obstacles = new ArrayList<>();
        for (Entity e : plan.entities()) {
            if (!excludedEntities.contains(e.id())) {
                for (int i = 0; i < e.instances().size(); i++) {
                    obstacles.add(new Obstacle(name(e, i), e.instances().get(i)));
                }
            }
        }
        for (TextSpec t : plan.texts()) {
            if (t.box() != null && CarriedTexts.carrierOf(plan, t).isEmpty()) {
                obstacles.add(new Obstacle("the " + t.carrier() + " \"" + t.content() + "\"", t.box()));
            }
        }
        return obstacles;
    }

    /** Moves one instance, repainting where it was and where it goes. */
    void move(String entityId, int index, Box to, String why, CheckResult check) {
        Entity entity = plan.entity(entityId).orElseThrow();
        Box from = entity.instances().get(index);
        List<Box> boxes = new ArrayList<>(entity.instances());
        boxes.set(index, to);
        ScenePlan before = plan;
        replace(entity.withInstances(boxes));
        // a text written on the instance goes with it; both its boxes lie inside the instance's, repainted below
        plan = CarriedTexts.follow(before, plan);
        repaint(from.grow(FRINGE));
        repaint(to);
        boolean resized = from.width() != to.width() || from.height() != to.height();
        note((resized ? "moved and resized " : "moved ") + name(entity, index) + " from " + describe(from, resized)
                + " to " + describe(to, resized) + ": " + why + " " + cause(check));
    }

    /** Adds an instance to an entity, drawn in a box where nothing stood. */
    void add(String entityId, Box box, String why, CheckResult check) {
        Entity entity = plan.entity(entityId).orElseThrow();
        List<Box> boxes = new ArrayList<>(entity.instances());
        boxes.add(box);
        replace(entity.withInstances(boxes));
        repaint(box);
        note("added " + name(entity, boxes.size() - 1) + " at " + describe(box, true) + ": " + why + " "
                + cause(check));
    }

    /** Removes an entity's last instance, painting over where it stood. */
    void removeLast(String entityId, String why, CheckResult check) {
        Entity entity = plan.entity(entityId).orElseThrow();
        List<Box> boxes = new ArrayList<>(entity.instances());
        Box gone = boxes.remove(boxes.size() - 1);
        replace(entity.withInstances(boxes));
        repaint(gone.grow(FRINGE));
        note("removed " + name(entity, boxes.size()) + " from " + describe(gone, false) + ": " + why + " "
                + cause(check));
    }

    /** The count a check expects, as the plan's check states it, or the entity's drawn count. */
    int expectedCount(CheckResult check, Entity entity) {
        return plan.checks().stream()
                .filter(c -> c.id().equals(check.checkId()) && c.expected() != null)
                .map(c -> c.expected().trim())
                .filter(e -> e.matches("\\d{1,3}"))
                .map(Integer::parseInt)
                .findFirst()
                .orElse(entity.count());
    }

    /** Redraws every instance of an entity with its colour replaced in full. */
    void recolourFully(Entity entity) {
        fullyRecoloured.add(entity.id());
        entity.instances().forEach(this::repaint);
    }

    /** Redraws every instance of an entity from its planned art, and whatever it covered around its box. */
    void redraw(Entity entity) {
        entity.instances().forEach(b -> repaint(b.grow(Outline.width(b) + FRINGE)));
    }

    /** Redraws every instance of an entity with a contrasting outline around its art. */
    void outline(Entity entity) {
        outlined.add(entity.id());
        redraw(entity);
    }

    /** Ids of the entities to draw with an outline once the repaint is done. */
    List<String> outlined() {
        return List.copyOf(outlined);
    }

    /** Sets a text anew, emphasised, in a (possibly larger) box. */
    void emphasise(TextSpec text, Box to) {
        emphasisedTexts.add(text.id());
        plan = plan.withTexts(plan.texts().stream()
                .map(t -> t.id().equals(text.id()) ? t.withBox(to) : t)
                .toList());
        repaint(text.box().grow(FRINGE));
        repaint(to);
    }

    void note(String change) {
        changes.add(change);
    }

    Area mask() {
        return mask;
    }

    PaintStyle style() {
        return new PaintStyle(fullyRecoloured, emphasisedTexts);
    }

    List<String> changes() {
        return List.copyOf(changes);
    }

    private static String describe(Box box, boolean withSize) {
        return (withSize ? box.width() + "x" + box.height() + " at " : "") + "(" + box.x() + "," + box.y() + ")";
    }

    static String name(Entity entity, int index) {
        return entity.concept() + " #" + (index + 1);
    }

    /** The check's subject when the plan draws it; otherwise notes that the image is left as it was. */
    Optional<Entity> drawnSubject(CheckResult check) {
        Optional<Entity> found =
                plan().entity(check.subject()).filter(e -> !e.instances().isEmpty());
        if (found.isEmpty()) {
            note("left the image as it was: the plan has no drawn entity " + check.subject() + " " + cause(check));
        }
        return found;
    }

    /** The check that prompted a change, as the tail of a change sentence: "(count:e1 found 2, expected 3)". */
    static String cause(CheckResult check) {
        return "(" + check.checkId() + (check.measured() == null ? "" : " " + check.measured()) + ")";
    }

    private void replace(Entity entity) {
        plan = plan.withEntities(plan.entities().stream()
                .map(e -> e.id().equals(entity.id()) ? entity : e)
                .toList());
    }

    private void repaint(Box box) {
        Box reached = box.grow(SceneArtist.lookReach(plan));
        mask.add(new Area(new Rectangle(reached.x(), reached.y(), reached.width(), reached.height())));
    }
}
