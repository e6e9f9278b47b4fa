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
 * expected family passes when it holds at least {@value #MIN_SHARE} of them and no other hue holds more (black, white
 * and grey do not count against it: a blue cake may have white cream).
 */
final class ColorJudge {

    /** The expected family passes when it holds at least this share of the thing's coloured pixels... */
    static final double MIN_SHARE = 0.4;

    /**
     * ...and at least this many times the share of any other hue. Not more than 1: a drawing's dark outline (an
     * olive rim on a yellow curtain) is a hue of its own to these families, so a clear-lead rule would fail true
     * colours; a green frog with a yellow belly (half and half) therefore still passes as yellow.
     */
    static final double LEAD = 1.0;

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
        double otherHue = shares.largestOtherHue(family);
        boolean passed = share >= MIN_SHARE && share >= LEAD * otherHue;
        String measured = String.format(
                "mostly %s (%.0f%%), %s %.0f%%, the next hue %.0f%%, expected %s",
                dominant,
                100 * shares.share(dominant),
                family,
                100 * share,
                100 * otherHue,
                colour.get().name());
        double score = passed ? 1 : Math.min(share / MIN_SHARE, share / Math.max(1e-9, LEAD * otherHue));
        return Verdicts.of(check, passed, score, measured, scene.region(entity.get()));
    }
}
