package dev.plantain.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** How big an entity is asked to be, relative to its default size in the layout. */
public enum EntitySize {
    TINY(0.45),
    SMALL(0.7),
    MEDIUM(1.0),
    BIG(1.3),
    HUGE(1.6);

    private final double scale;

    EntitySize(double scale) {
        this.scale = scale;
    }

    /** Factor applied to the entity's default box side. */
    public double scale() {
        return scale;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static EntitySize fromLabel(String label) {
        return Arrays.stream(values())
                .filter(s -> s.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown size '" + label + "'"));
    }
}
