package dev.plantain.planner.parse;

import dev.plantain.plan.EntitySize;
import dev.plantain.plan.RelationKind;

/**
 * One meaningful piece of a prompt after the closed word classes are recognised.
 *
 * @param kind what the piece is
 * @param text the words as written (the quoted text for a quote, the carrier noun for a carrier, the label of a
 *     setting, style or side)
 * @param count the count of a COUNT unit
 * @param color the palette colour of a COLOR unit
 * @param size the size of a SIZE unit
 * @param relation the relation of a RELATION unit
 * @param start the index of its first token
 * @param end the index after its last token
 */
record Unit(
        Kind kind, String text, int count, String color, EntitySize size, RelationKind relation, int start, int end) {

    /** A unit whose tokens are set later ({@link #at}). */
    Unit(Kind kind, String text, int count, String color, EntitySize size, RelationKind relation) {
        this(kind, text, count, color, size, relation, -1, -1);
    }

    /** The same unit over tokens {@code [from, to)}. */
    Unit at(int from, int to) {
        return new Unit(kind, text, count, color, size, relation, from, to);
    }

    /** The same tokens read as another kind of unit (a content word that names a carrier). */
    Unit as(Kind newKind, String newText) {
        return new Unit(newKind, newText, count, color, size, relation, start, end);
    }

    /** The token indexes it covers. */
    java.util.List<Integer> tokens() {
        return java.util.stream.IntStream.range(Math.max(0, start), Math.max(0, end))
                .boxed()
                .toList();
    }

    /** What a unit is. */
    enum Kind {
        COUNT,
        VAGUE,
        COLOR,
        LATE_COLOR,
        SIZE,
        RELATION,
        SIDE,
        NEGATION,
        SETTING,
        STYLE,
        QUOTE,
        CARRIER,
        PORTION,
        DEFINITE,
        CONTENT,
        /** A description after a linking verb ({@link PredicatePhrase}): noted, never drawn. */
        PREDICATE,
        /** "for", before a purpose or beneficiary, which the picture need not show. */
        PURPOSE,
        /** "it" or "them" after a relation: the thing named before ("two seagulls above it"). */
        PRONOUN,
        BREAK
    }

    static Unit of(Kind kind, String text) {
        return new Unit(kind, text, 0, null, null, null);
    }
}
