package dev.plantain.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What to do with a job whose image never passes verification. */
public enum Acceptance {
    /** Deliver the best candidate with its report. */
    BEST_EFFORT("best-effort"),
    /** Fail the job. */
    STRICT("strict");

    private final String label;

    Acceptance(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static Optional<Acceptance> parse(String label) {
        return Arrays.stream(values()).filter(a -> a.label.equals(label)).findFirst();
    }

    @JsonCreator
    public static Acceptance fromLabel(String label) {
        return parse(label).orElseThrow(() -> new IllegalArgumentException("unknown acceptance '" + label + "'"));
    }
}
