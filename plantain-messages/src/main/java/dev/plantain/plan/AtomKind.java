package dev.plantain.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a scene-graph atom asserts (Davidsonian Scene Graph): a thing, its count, its attribute, a relation, the scene, an absence. */
public enum AtomKind {
    /** A thing is there ("Is there a dog?"). */
    ENTITY,
    /** How many of a thing ("Are there three apples?"). */
    COUNT,
    /** A property of a thing: colour, size, material, shape, texture, state or pose, a part, a side of the picture. */
    ATTRIBUTE,
    /** Two things related in space ("on", "left of") or by an action ("riding", "holding"). */
    RELATION,
    /** The scene as a whole: setting, weather, time of day, style, or a quoted text with its carrier. */
    GLOBAL,
    /** A thing the prompt asks to leave out ("no cars"). */
    NEGATION;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static AtomKind fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
