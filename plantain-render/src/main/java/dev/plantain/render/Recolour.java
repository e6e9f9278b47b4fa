package dev.plantain.render;

/** How strongly an entity's art is recoloured to its palette colour. */
public enum Recolour {
    /** Shift the art's colours so its dominant colour lands on the target, keeping its shading and other hues. */
    SHADED,
    /** Replace the hue of every recoloured pixel with the target's, keeping half of the lightness shading. */
    FULL
}
