package dev.plantain.render;

import java.util.Set;

/**
 * Per-item emphasis a repaint applies on top of the plain look: entities recoloured in full, texts set emphasised.
 *
 * @param fullyRecoloured ids of entities drawn with {@link Recolour#FULL}
 * @param emphasisedTexts ids of texts set black on a white plate, as large as the plate allows
 */
public record PaintStyle(Set<String> fullyRecoloured, Set<String> emphasisedTexts) {

    /** The draft's look: shaded recolour, plain plates. */
    public static final PaintStyle PLAIN = new PaintStyle(Set.of(), Set.of());

    public PaintStyle {
        fullyRecoloured = Set.copyOf(fullyRecoloured);
        emphasisedTexts = Set.copyOf(emphasisedTexts);
    }

    public Recolour recolourOf(String entityId) {
        return fullyRecoloured.contains(entityId) ? Recolour.FULL : Recolour.SHADED;
    }

    public boolean emphasised(String textId) {
        return emphasisedTexts.contains(textId);
    }
}
