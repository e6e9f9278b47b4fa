package dev.plantain.verifier;

import dev.plantain.art.ArtLibrary;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Palette;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What colours each entity is expected to show: its planned palette colour's family, else the split of its art's
 * natural colours. Used to tell apart entities that sit where another was planned (swapped positions). Also how much
 * of its box an entity's art inks, so that a line drawing (a bicycle) is not taken for a speck.
 */
final class EntitySignatures {

    private static final int SAMPLE_SIDE = 64;

    private final ArtLibrary art;
    private final Map<String, Optional<FamilyShares>> natural = new ConcurrentHashMap<>();

    EntitySignatures(ArtLibrary art) {
        this.art = art;
    }

    /** The expected colour split, or empty when nothing is known about it. */
    Optional<FamilyShares> of(Entity entity) {
        Optional<Palette.Named> colour = Palette.find(entity.color());
        if (colour.isPresent()) {
            return Optional.of(FamilyShares.only(colour.get().family()));
        }
        if (art == null || !art.has(entity.artId())) {
            return Optional.empty();
        }
        return natural.computeIfAbsent(entity.artId(), this::render);
    }

    /** The share of a square its art covers, or 1 when its art is unknown. */
    double ink(Entity entity) {
        if (art == null || !art.has(entity.artId())) {
            return 1;
        }
        // the natural split counts every opaque pixel of the same render, so it knows the coverage too
        return natural.computeIfAbsent(entity.artId(), this::render)
                .map(shares -> shares.pixels() / (double) (SAMPLE_SIDE * SAMPLE_SIDE))
                .orElse(0.0);
    }

    private Optional<FamilyShares> render(String artId) {
        BufferedImage image = art.render(artId, SAMPLE_SIDE, SAMPLE_SIDE);
        int[] counts = new int[ColourTable.FAMILY_COUNT];
        for (int p : image.getRGB(0, 0, SAMPLE_SIDE, SAMPLE_SIDE, null, 0, SAMPLE_SIDE)) {
            if ((p >>> 24) >= 128) {
                counts[ColourTable.family(ColourTable.index(p))]++;
            }
        }
        FamilyShares shares = FamilyShares.of(counts);
        return shares.pixels() == 0 ? Optional.empty() : Optional.of(shares);
    }
}
