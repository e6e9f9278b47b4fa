package dev.plantain.verifier;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Check;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Palette;
import java.util.List;
import java.util.Optional;

/**
 * Classifies an entity's pixels into palette families: chromatic pixels only (shading, outlines and highlights say
 * little about hue) unless the expected family is black, white or grey, which only all the pixels can show. The
 * expected family passes only when it is the largest, by a clear share.
 */
final class ColorJudge {

    /** The expected family passes when it is the largest and holds at least this share: clearly most of the thing. */
    static final double MIN_SHARE = 0.55;

    private static final List<String> ACHROMATIC = List.of("black", "white", "gray");

    private ColorJudge() {}

    static CheckResult judge(Check check, Scene scene) {
        Optional<Entity> entity = scene.entity(check.subject());
        if (entity.isEmpty()) {
            return Verdicts.unknownEntity(check, check.subject());
        }
        String name = check.expected() != null ? check.expected() : entity.get().color();
        Optional<Palette.Named> colour = Palette.find(name);
        if (colour.isEmpty()) {
            return Verdicts.notVerified(check, "'" + name + "' is not a palette colour", scene.region(entity.get()));
        }
        Optional<Component> group = scene.group(entity.get().id());
        if (group.isEmpty()) {
            return Verdicts.notVerified(
                    check, "no " + entity.get().concept() + " found to measure its colour", scene.region(entity.get()));
        }
        String family = colour.get().family();
        FamilyShares shares = ACHROMATIC.contains(family)
                ? group.get().allColours()
                : group.get().colours();
        double share = shares.share(family);
        String dominant = shares.dominant();
        // "a yellow frog" is a frog mostly yellow: a green frog with a yellow belly (half yellow) is not one.
        boolean passed = dominant.equals(family) && share >= MIN_SHARE;
        String measured = String.format(
                "mostly %s (%.0f%%), %s %.0f%%, expected %s",
                dominant,
                100 * shares.share(dominant),
                family,
                100 * share,
                colour.get().name());
        double score = passed ? 1 : Math.min(1, share / MIN_SHARE);
        return Verdicts.of(check, passed, score, measured, scene.region(entity.get()));
    }
}
