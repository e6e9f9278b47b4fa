package dev.plantain.planner;

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
 */
record Unit(Kind kind, String text, int count, String color, EntitySize size, RelationKind relation) {

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
        BREAK
    }

    static Unit of(Kind kind, String text) {
        return new Unit(kind, text, 0, null, null, null);
    }
}
