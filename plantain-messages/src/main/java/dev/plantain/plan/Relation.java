package dev.plantain.plan;

import java.util.Objects;

/**
 * "subject relation object", for example {@code e1 left-of e2}, between entity ids of the plan; "between" names its
 * second object in {@code secondObject} ({@code e1 between e2 and e3}), which is null for every other relation.
 */
public record Relation(String subject, RelationKind relation, String object, String secondObject) {

    public Relation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        if ((relation == RelationKind.BETWEEN) != (secondObject != null)) {
            throw new IllegalArgumentException("a second object is required for between and only for between, was "
                    + relation.label() + " with " + secondObject);
        }
    }

    /** A relation between two entities. */
    public Relation(String subject, RelationKind relation, String object) {
        this(subject, relation, object, null);
    }
}
