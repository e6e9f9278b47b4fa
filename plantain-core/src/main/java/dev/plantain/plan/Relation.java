package dev.plantain.plan;

import java.util.Objects;

/** "subject relation object", for example {@code e1 left-of e2}, between entity ids of the plan. */
public record Relation(String subject, RelationKind relation, String object) {

    public Relation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
    }
}
