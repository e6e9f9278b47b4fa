package dev.plantain.refiner;

import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Palette;
import dev.plantain.plan.ScenePlan;
import dev.plantain.render.SceneArtist;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The built-in refiner: moves (and if need be shrinks) crowded, clipped or misplaced instances to free spots, adds or
 * removes instances to meet a count, strengthens a missed colour, re-sets illegible text, outlines an entity that does
 * not stand out and repaints one drawn with the wrong art, then repaints only the regions it changed, leaving every
 * other pixel as it was.
 */
public final class LayoutRefiner implements ImageRefiner {

    private final SceneArtist artist;

    public LayoutRefiner(ArtLibrary library) {
        this(new SceneArtist(library));
    }

    /** A refiner sharing an artist (and so its art cache) with the draft renderer. */
    public LayoutRefiner(SceneArtist artist) {
        this.artist = artist;
    }

    @Override
    public Refinement refine(BufferedImage image, ScenePlan drawn, VerificationReport report, int round) {
        RepairState state = new RepairState(drawn);
        for (CheckResult check : report.unmet()) {
            repair(state, check);
        }
        BufferedImage repaired = copy(image);
        if (!state.mask().isEmpty()) {
            artist.repaint(repaired, state.plan(), state.mask(), state.style());
            ContrastRepair.drawOutlines(repaired, state, artist);
        }
        return new Refinement(repaired, state.plan(), state.changes());
    }

    private static void repair(RepairState state, CheckResult check) {
        switch (check.kind()) {
            case COUNT -> CountRepair.repair(state, check);
            case CLIPPING -> SpacingRepair.repair(state, check);
            case POSITION -> RelationRepair.repair(state, check);
            case COLOR -> recolour(state, check);
            case TEXT -> TextRepair.repair(state, check);
            case CONTRAST -> ContrastRepair.repair(state, check);
            case IDENTITY -> IdentityRepair.repair(state, check);
            default ->
                state.note("left the image as it was: the refiner cannot repair a "
                        + check.kind().label() + " check " + RepairState.cause(check));
        }
    }

    private static void recolour(RepairState state, CheckResult check) {
        Optional<Entity> entity = state.plan().entity(check.subject());
        if (entity.isEmpty()
                || entity.get().color() == null
                || Palette.find(entity.get().color()).isEmpty()) {
            state.note("left the image as it was: " + check.subject() + " has no palette colour in the plan "
                    + RepairState.cause(check));
            return;
        }
        state.recolourFully(entity.get());
        state.note("redrew every " + entity.get().concept() + " with its colour replaced in full by "
                + entity.get().color() + " " + RepairState.cause(check));
    }

    /** An RGB copy, so the caller's image is never changed. */
    private static BufferedImage copy(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        copy.setRGB(0, 0, w, h, image.getRGB(0, 0, w, h, null, 0, w), 0, w);
        return copy;
    }
}
