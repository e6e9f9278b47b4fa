package dev.plantain.messages;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The outcome of one check. {@link #NOT_VERIFIED} never counts as passed. */
public enum CheckStatus {
    PASSED,
    FAILED,
    NOT_VERIFIED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
