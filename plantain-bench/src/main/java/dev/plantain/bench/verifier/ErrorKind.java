package dev.plantain.bench.verifier;

import dev.plantain.plan.CheckKind;

/** A way an image can be wrong that the verifier must catch, and the check kind that must fail when it is. */
enum ErrorKind {
    /** One instance of the first entity painted out with the background colour. */
    WRONG_COUNT("wrong count", CheckKind.COUNT),
    /** The first entity drawn with another object's art, in its planned colour and boxes. */
    WRONG_OBJECT("wrong object", CheckKind.IDENTITY),
    /** A coloured entity's hue rotated half-way round the CIELAB hue circle. */
    WRONG_COLOUR("wrong colour", CheckKind.COLOR),
    /** The scene mirrored across the axis of its relation. */
    SWAPPED_POSITIONS("swapped positions", CheckKind.POSITION),
    /** The text drawn with one letter replaced or dropped. */
    MISSPELLED_TEXT("misspelled text", CheckKind.TEXT),
    /** The text's plate drawn with no text on it. */
    MISSING_TEXT("missing text", CheckKind.TEXT),
    /** One flat colour. */
    BLANK("blank image", null),
    /** Random RGB noise. */
    NOISE("noise image", null),
    /** A correct scene with a block of noise pasted over a part of it (a NaN-like decoding failure). */
    GARBAGE_PATCH("garbage patch", null);

    final String label;
    /** The check kind that must fail; null when the whole report must fail. */
    final CheckKind caughtBy;

    ErrorKind(String label, CheckKind caughtBy) {
        this.label = label;
        this.caughtBy = caughtBy;
    }
}
