package dev.plantain.refiner;

import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Palette;
import dev.plantain.plan.ScenePlan;
import dev.plantain.render.SceneArtist;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in refiner: moves (and if need be shrinks) crowded, clipped or misplaced instances to free spots, adds or
 * removes instances to meet a count, strengthens a missed colour, re-sets illegible text, outlines an entity that does
 * not stand out and repaints one drawn with the wrong art, then repaints only the regions it changed, leaving every
 * other pixel as it was.
 */
public final class LayoutRefiner implements ImageRefiner {

    /** The checks whose repair moves instances apart. */
    private static final Set<CheckKind> MOVES =
            Set.of(CheckKind.COUNT, CheckKind.CLIPPING, CheckKind.POSITION, CheckKind.IDENTITY);

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
        boolean unseen = check.measured() != null && check.measured().startsWith("no ");
        if (MOVES.contains(check.kind()) || (check.kind() == CheckKind.CONTRAST && unseen)) {
            Optional<String> kept = composedIn(state.plan(), check);
            if (kept.isPresent()) {
                state.note("left the " + kept.get() + " where it was drawn: it is composed with another thing as the"
                        + " prompt asks (on, in, under, in front of, riding, holding), and moving it apart would undo"
                        + " that " + RepairState.cause(check));
                return;
            }
        }
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

    /** The concept of an entity the check names that the draft composed with another, if any. */
    private static Optional<String> composedIn(ScenePlan plan, CheckResult check) {
        Set<String> composed = SceneArtist.composed(plan);
        List<String> named = new ArrayList<>(List.of(check.checkId().split(":")));
        if (check.subject() != null) {
            named.add(String.valueOf(check.subject()));
        }
        return named.stream()
                .filter(composed::contains)
                .findFirst()
                .flatMap(plan::entity)
                .map(Entity::concept);
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
