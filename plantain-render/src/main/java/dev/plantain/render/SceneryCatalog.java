package dev.plantain.render;

import dev.plantain.image.Lab;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Palette;
import dev.plantain.plan.ScenePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a plan's scenery from its setting: the time of day's sky over the place's ground, the horizon placed by the
 * seed, each ground band kept at least {@value #MIN_CONTRAST} (CIE76) from every entity's planned colour by shifting
 * its lightness, so coloured things stay visible on it. Reads only what a refinement never changes (setting, seed,
 * size, entity colours), so a repaint after a refinement matches the pixels around it.
 */
final class SceneryCatalog {

    /** The least CIELAB distance between a band's colours and an entity's planned colour. */
    static final double MIN_CONTRAST = 22;

    private static final long SALT = 0x5CE4E57L;

    private SceneryCatalog() {}

    static Optional<Scenery> scenery(ScenePlan plan) {
        if (plan.setting() == null || plan.setting().isBlank() || plan.width() < 8 || plan.height() < 8) {
            return Optional.empty();
        }
        String setting = plan.setting().toLowerCase(Locale.ROOT);
        Skies sky = Skies.named(setting);
        Places place = Places.named(setting);
        if (place == null) {
            if (sky == Skies.DAY && !Skies.has(setting, "sky", "sun", "outdoor")) {
                return Optional.empty();
            }
            place = sky == Skies.SPACE ? Places.SPACE : Places.FIELD;
        }
        long seed = plan.seed() ^ SALT;
        int w = plan.width();
        int h = plan.height();
        int horizon = switch (place) {
            case SPACE -> h;
            case INDOORS -> (int) Math.round(h * 0.58);
            case UNDERWATER -> (int) Math.round(h * 0.84);
            default -> (int) Math.round(h * (0.46 + 0.06 * SceneryNoise.hash(seed, 1, 0)));
        };
        List<Band> bands = new ArrayList<>();
        int skyColour = sky.ramp[sky.ramp.length - 1];
        if (place.hasSky()) {
            bands.add(sky.band(seed, w, h, horizon - (int) (h * place.farShare())));
        }
        List<Lab> colours = colours(plan);
        for (Band band : place.bands(seed, w, h, horizon, skyColour)) {
            Band lit = place.hasSky() ? band.recoloured(c -> c == skyColour ? c : sky.light(c)) : band;
            bands.add(guarded(lit, colours));
        }
        if (bands.isEmpty() || bands.get(0).top() > 0) {
            bands.add(0, sky.band(seed, w, h, bands.isEmpty() ? h : bands.get(0).top()));
        }
        int footing = place == Places.BEACH ? horizon + (int) (h * 0.13) + (int) Math.max(2, h * 0.014) : horizon;
        return Optional.of(new Scenery(w, h, horizon, footing, bands));
    }

    private static List<Lab> colours(ScenePlan plan) {
        return plan.entities().stream()
                .map(Entity::color)
                .filter(Objects::nonNull)
                .map(Palette::find)
                .flatMap(Optional::stream)
                .map(Palette.Named::lab)
                .toList();
    }

    /** The band with its lightness moved away from the nearest entity colour when it comes closer than allowed. */
    static Band guarded(Band band, List<Lab> colours) {
        double nearest = Double.MAX_VALUE;
        double direction = 1;
        for (int stop : band.ramp()) {
            Lab lab = Lab.fromRgb(stop);
            for (Lab colour : colours) {
                double d = lab.distance(colour);
                if (d < nearest) {
                    nearest = d;
                    direction = colour.l() > lab.l() ? -1 : 1;
                }
            }
        }
        if (nearest >= MIN_CONTRAST) {
            return band;
        }
        double shift = MIN_CONTRAST - nearest + 8;
        double l = Lab.fromRgb(band.ramp()[0]).l();
        if (l + direction * shift < 4 || l + direction * shift > 98) {
            direction = -direction;
        }
        double move = direction * shift;
        return band.recoloured(c -> Tone.withLightness(c, Lab.fromRgb(c).l() + move));
    }
}
