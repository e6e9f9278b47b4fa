package dev.plantain.planner.art;

import dev.plantain.art.ArtLibrary;
import java.util.Arrays;
import java.util.List;

/**
 * Which art set an entity is drawn from: Noto Emoji when the prompt's style names it and Noto has art of the same
 * CLDR name, else the default Fluent set. The choice travels in the plan as a qualified art id ({@code noto:cat}),
 * so the draft, the verifier's signatures and the refiner all draw the same art.
 */
public final class ArtChoice {

    /** The style word that chooses Noto Emoji. */
    public static final String NOTO = "noto";

    private ArtChoice() {}

    public static String artId(String artId, List<String> styles) {
        boolean chosen = styles.stream()
                .flatMap(s -> Arrays.stream(s.split(",")))
                .anyMatch(s -> s.strip().equals(NOTO));
        if (!chosen || artId.contains(":")) {
            return artId;
        }
        ArtLibrary noto = ArtLibrary.noto();
        return noto.has(artId) ? ArtLibrary.qualified(ArtLibrary.NOTO, artId) : artId;
    }
}
