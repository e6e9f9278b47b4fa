package dev.plantain.plan;

import dev.plantain.image.Lab;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The named colours a prompt may ask for, each with its sRGB value and the basic colour family it belongs to.
 * Families are the eleven basic colour terms (GenEval's colours plus grey): a verifier classifies measured colour
 * into a family, since "teal" and "turquoise" cannot be told apart reliably from pixels.
 */
public final class Palette {

    /** A palette entry. */
    public record Named(String name, int rgb, String family) {

        public Lab lab() {
            return Lab.fromRgb(rgb);
        }
    }

    public static final List<String> FAMILIES =
            List.of("red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "gray");

    private static final List<Named> COLORS = List.of(
            new Named("red", 0xD62828, "red"),
            new Named("orange", 0xF77F00, "orange"),
            new Named("yellow", 0xFCD116, "yellow"),
            new Named("green", 0x2A9D3F, "green"),
            new Named("blue", 0x1F5FD6, "blue"),
            new Named("purple", 0x7B2CBF, "purple"),
            new Named("pink", 0xF48FB1, "pink"),
            new Named("brown", 0x7F4F24, "brown"),
            new Named("black", 0x1A1A1A, "black"),
            new Named("white", 0xF5F5F5, "white"),
            new Named("gray", 0x8A8A8A, "gray"),
            new Named("grey", 0x8A8A8A, "gray"),
            new Named("teal", 0x008080, "green"),
            new Named("navy", 0x1B2A6B, "blue"),
            new Named("gold", 0xD4AF37, "yellow"),
            new Named("beige", 0xE8D8B0, "white"),
            new Named("maroon", 0x800020, "red"),
            new Named("crimson", 0xB5172E, "red"),
            new Named("scarlet", 0xE0301E, "red"),
            new Named("lime", 0x8BD42A, "green"),
            new Named("olive", 0x6B7B23, "green"),
            new Named("cyan", 0x1EC8E0, "blue"),
            new Named("turquoise", 0x30D5C8, "blue"),
            new Named("sky-blue", 0x7EC8F2, "blue"),
            new Named("violet", 0x8F5FD8, "purple"),
            new Named("lavender", 0xB8A2E3, "purple"),
            new Named("magenta", 0xD6249F, "pink"),
            new Named("silver", 0xBFC3C7, "gray"),
            new Named("tan", 0xC8A27A, "brown"),
            new Named("cream", 0xF5ECC8, "white"),
            new Named("coral", 0xF2725C, "orange"),
            new Named("amber", 0xF5A300, "orange"));

    private Palette() {}

    public static List<Named> all() {
        return COLORS;
    }

    public static Optional<Named> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.toLowerCase(Locale.ROOT).replace(' ', '-');
        return COLORS.stream().filter(c -> c.name().equals(key)).findFirst();
    }

    public static Named named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown colour '" + name + "'"));
    }

    /** The basic colour family nearest to a measured colour. */
    public static String nearestFamily(Lab measured) {
        return COLORS.stream()
                .filter(c -> c.name().equals(c.family()))
                .min(Comparator.comparingDouble(c -> c.lab().distance(measured)))
                .orElseThrow()
                .family();
    }
}
