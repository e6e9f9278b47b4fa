package dev.plantain.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a verifier check looks at. */
public enum CheckKind {
    /** The exact number of instances of an entity. */
    COUNT,
    /** The dominant colour of an entity, against the palette. */
    COLOR,
    /** A relation between two entity groups (GenEval's centroid rule). */
    POSITION,
    /** Quoted text, read back from the pixels. */
    TEXT,
    /** No planned instance cut off by the canvas edge. */
    CLIPPING,
    /** The whole image is a picture, not blank, flat or noise. */
    IMAGE,
    /** An entity stands out from its surroundings: the colour difference between them, in CIELAB. */
    CONTRAST,
    /**
     * The planned art stands in each instance's box: a same-style template check, meaningful for images drawn from
     * the same art library.
     */
    IDENTITY;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CheckKind fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
