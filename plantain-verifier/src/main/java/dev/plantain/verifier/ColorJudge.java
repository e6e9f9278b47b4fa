package dev.plantain.verifier;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Check;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Palette;
import java.util.List;
import java.util.Optional;

/**
 * Classifies an entity's pixels into palette families: chromatic pixels only (shading, outlines and highlights say
 * little about hue) unless the expected family is black, white or grey, which only all the pixels can show.
 */
final class ColorJudge {

    /** The expected family passes when it is the largest, or holds at least this share. */
    static final double MIN_SHARE = 0.4;

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
        boolean passed = dominant.equals(family) || share >= MIN_SHARE;
        String measured = String.format(
                "mostly %s (%.0f%%), %s %.0f%%, expected %s",
                dominant,
                100 * shares.share(dominant),
                family,
                100 * share,
                colour.get().name());
        return Verdicts.of(check, passed, passed ? 1 : share / MIN_SHARE, measured, scene.region(entity.get()));
    }
}
