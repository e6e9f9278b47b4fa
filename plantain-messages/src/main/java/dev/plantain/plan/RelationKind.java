package dev.plantain.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** A spatial relation between two entities, spelled on the wire as in GenEval and the plan schema. */
public enum RelationKind {
    LEFT_OF("left-of"),
    RIGHT_OF("right-of"),
    ABOVE("above"),
    BELOW("below"),
    ON_TOP_OF("on-top-of"),
    UNDER("under"),
    NEXT_TO("next-to"),
    BETWEEN("between"),
    IN_FRONT_OF("in-front-of"),
    BEHIND("behind"),
    INSIDE("inside");

    private final String label;

    RelationKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static RelationKind fromLabel(String label) {
        return Arrays.stream(values())
                .filter(r -> r.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown relation '" + label + "'"));
    }
}
