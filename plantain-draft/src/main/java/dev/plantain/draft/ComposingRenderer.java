package dev.plantain.draft;

import dev.plantain.art.ArtLibrary;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import dev.plantain.render.CarriedTexts;
import dev.plantain.render.Depth;
import dev.plantain.render.Grounding;
import dev.plantain.render.InstanceJitter;
import dev.plantain.render.SceneArtist;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The built-in draft engine: colour emoji art recoloured and composed on the setting's backdrop (or a plain one) at the layout's boxes,
 * each instance roughly placed by seeded jitter and, on a ground, drawn smaller the farther away it stands
 * ({@link Depth}), with texts set on their carriers last (a text written on an entity moves with it, see
 * {@link CarriedTexts}). Things then stand on the ground ({@link Grounding}) and are staged by the prompt's relations
 * and actions ({@link SceneArtist#stage}): a thing on another rests on it, a rider sits on its mount.
 */
public final class ComposingRenderer implements DraftRenderer {

    private final SceneArtist artist;

    public ComposingRenderer(ArtLibrary library) {
        this(new SceneArtist(library));
    }

    /** A renderer sharing an artist (and so its art cache) with another engine. */
    public ComposingRenderer(SceneArtist artist) {
        this.artist = artist;
    }

    @Override
    public Draft draft(ScenePlan plan) {
        List<Entity> drawn = plan.entities().stream()
                .map(e -> e.instances().isEmpty() ? e : e.withInstances(InstanceJitter.jitter(plan, e)))
                .toList();
        ScenePlan grounded = Grounding.apply(plan.withEntities(drawn));
        ScenePlan drawnPlan = CarriedTexts.follow(plan, artist.stage(Depth.apply(grounded)));
        BufferedImage image = artist.paint(drawnPlan);
        return new Draft(image, drawnPlan);
    }
}
