package dev.plantain.render;

import dev.plantain.art.ArtLibrary;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Palette;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import dev.plantain.render.stage.Ink;
import dev.plantain.render.stage.Staging;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntBinaryOperator;

/**
 * Draws a scene plan's parts as the draft and the refiner both need them: the backdrop (scenery or flat), an entity instance
 * recoloured into its box, a text on its plate, and a repaint of any region of a scene in plan order.
 * Thread-safe: the art cache is the only shared state and it is synchronised.
 */
public final class SceneArtist {

    private static final int CACHE_ENTRIES = 300;
    private static final long CACHE_PIXELS = 24L * 1024 * 1024;
    private static final String DEFAULT_BACKGROUND = "white";

    private final ArtCache cache;
    private final Ink ink;

    public SceneArtist(ArtLibrary library) {
        this.cache = new ArtCache(library, CACHE_ENTRIES, CACHE_PIXELS);
        this.ink = new Ink(library);
    }

    /**
     * The plan with its instances staged by the prompt's relations and actions on the art's ink ({@link Staging}): a
     * thing on another rests on it, a thing in a container sits inside it, a rider on its mount.
     */
    public ScenePlan stage(ScenePlan plan) {
        return Staging.apply(plan, ink);
    }

    /**
     * The ids of the entities a staging draws touching or overlapping another (an apple on its plate, a rider on its
     * horse), which a segmentation may not tell apart: moving them apart would undo what the prompt asked for.
     */
    public static java.util.Set<String> composed(ScenePlan plan) {
        return Staging.composed(plan);
    }

    /** The whole plan painted on a new RGB canvas of its size, with every entity at its planned boxes. */
    public BufferedImage paint(ScenePlan plan) {
        BufferedImage image = new BufferedImage(plan.width(), plan.height(), BufferedImage.TYPE_INT_RGB);
        repaint(image, plan, new Rectangle(0, 0, plan.width(), plan.height()), PaintStyle.PLAIN);
        return image;
    }

    /**
     * Paints the plan afresh inside {@code mask} only: background, then every entity instance and text touching the
     * mask, in plan order, then the look the plan's style names. Pixels outside the mask are not touched, and those
     * inside are exactly those a whole paint gives.
     */
    public void repaint(BufferedImage image, ScenePlan plan, Shape mask, PaintStyle style) {
        Optional<Look> look = Look.of(plan);
        if (look.isPresent()) {
            new StyledPainter(this, look.get()).repaint(image, plan, mask, style);
            return;
        }
        Graphics2D g = image.createGraphics();
        try {
            g.clip(mask);
            Rectangle bounds = mask.getBounds();
            fillBackground(g, plan, bounds);
            drawObjects(g, plan, mask, style);
        } finally {
            g.dispose();
        }
    }

    /**
     * How far past a drawn box the plan's look changes pixels (a glow, a bleed, a pixel block): a repaint of a moved
     * or redrawn instance reaches that far so that no trace of its old look is left; 0 for the flat look.
     */
    public static int lookReach(ScenePlan plan) {
        return Look.of(plan).map(l -> l.reach(plan.width(), plan.height())).orElse(0);
    }

    /**
     * Whether a plan in this style (null for none) shows each art's own shape, untouched past its outline (the flat
     * and photo looks), so that a same-style template can be laid over it.
     */
    public static boolean keepsArtShape(String style) {
        return Look.of(style).map(l -> l.reach(1024, 1024) == 0).orElse(true);
    }

    /**
     * Draws every entity instance and text touching {@code area}, without a background: entities in draw order (one in
     * front of another over it), else in plan order.
     */
    void drawObjects(Graphics2D g, ScenePlan plan, Shape area, PaintStyle style) {
        Optional<Scenery> scenery = Scenery.of(plan);
        List<Entity> ordered = plan.entities().stream()
                .sorted(Comparator.comparingInt(Entity::layer))
                .toList();
        List<Box> below = new ArrayList<>();
        int rim = Halo.width(plan.width(), plan.height());
        java.util.Set<String> bare = Staging.unrimmed(plan);
        for (Entity entity : ordered) {
            for (Box box : entity.instances()) {
                // the keyline parts one thing from another; instances of one thing overlapping keep no rim
                boolean over = !bare.contains(entity.id()) && below.stream().anyMatch(box::intersects);
                if (touches(area, over ? box.grow(rim) : box)) {
                    scenery.ifPresent(s -> s.castShadow(g, box));
                    if (over && box.width() > 0 && box.height() > 0) {
                        BufferedImage art = cache.art(
                                entity.artId(),
                                box.width(),
                                box.height(),
                                entity.color(),
                                style.recolourOf(entity.id()));
                        Halo.draw(g, art, box.x(), box.y(), rim, backdrop(plan, scenery));
                    }
                    drawInstance(g, entity, box, style.recolourOf(entity.id()));
                }
            }
            below.addAll(entity.instances());
        }
        for (TextSpec text : plan.texts()) {
            if (text.box() != null && touches(area, text.box())) {
                drawText(g, text, style.emphasised(text.id()));
            }
        }
    }

    /** The backdrop's colour at a canvas pixel (clamped to the canvas). */
    private static IntBinaryOperator backdrop(ScenePlan plan, Optional<Scenery> scenery) {
        int flat = Palette.named(plan.background() == null ? DEFAULT_BACKGROUND : plan.background())
                .rgb();
        return (x, y) -> scenery.map(s ->
                        s.rgb(Math.max(0, Math.min(plan.width() - 1, x)), Math.max(0, Math.min(plan.height() - 1, y))))
                .orElse(flat);
    }

    /**
     * Fills an area with the plan's backdrop: its setting drawn as scenery when it names one this engine draws, else
     * the flat background colour.
     */
    public void fillBackground(Graphics2D g, ScenePlan plan, Shape area) {
        Optional<Scenery> scenery = Scenery.of(plan);
        if (scenery.isPresent()) {
            scenery.get().paint(g, area);
            return;
        }
        String name = plan.background() == null ? DEFAULT_BACKGROUND : plan.background();
        g.setColor(new Color(Palette.named(name).rgb()));
        g.fill(area);
    }

    /** Draws one instance of an entity's art scaled into a box, recoloured when the entity has a colour. */
    public void drawInstance(Graphics2D g, Entity entity, Box box, Recolour recolour) {
        if (box.width() < 1 || box.height() < 1) {
            return;
        }
        BufferedImage art = cache.art(entity.artId(), box.width(), box.height(), entity.color(), recolour);
        g.drawImage(art, box.x(), box.y(), null);
    }

    /** Draws a text's carrier plate and its content; emphasised means black on white, set as large as fits. */
    public void drawText(Graphics2D g, TextSpec text, boolean emphasised) {
        TextPlate.draw(g, text, emphasised);
    }

    private static boolean touches(Shape mask, Box box) {
        return box.width() > 0 && box.height() > 0 && mask.intersects(box.x(), box.y(), box.width(), box.height());
    }
}
