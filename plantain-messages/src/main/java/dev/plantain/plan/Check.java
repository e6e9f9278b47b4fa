package dev.plantain.plan;

import java.util.Objects;

/**
 * One thing the verifier must confirm from the pixels.
 *
 * @param id unique within the plan ({@code count:e1}, {@code position:e1:left-of:e2})
 * @param kind what is checked
 * @param subject the entity or text id checked
 * @param object the other entity of a position check, else null
 * @param expected the expected value as text: a count, a palette colour, a relation, the quoted text
 */
public record Check(String id, CheckKind kind, String subject, String object, String expected) {

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
