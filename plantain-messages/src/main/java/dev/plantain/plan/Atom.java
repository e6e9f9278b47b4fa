package dev.plantain.plan;

import java.util.List;
import java.util.Objects;

/**
 * One atomic assertion of the prompt, asked of the image as one yes/no question; the verifier's verdict covers
 * every atom.
 *
 * @param id stable within the plan ({@code a1}, {@code a2}, ...): the report, the refiner, a model judge and the
 *     console name atoms by it
 * @param kind what it asserts
 * @param type the kind's sub-type: for an attribute {@code colour}, {@code size}, {@code material}, {@code shape},
 *     {@code texture}, {@code state}, {@code quality}, {@code manner} or {@code side}; for a relation {@code spatial}
 *     or {@code action}; for a global atom {@code setting}, {@code weather}, {@code time}, {@code style} or
 *     {@code text}; null for the other kinds
 * @param subject the plan's entity or text id the atom is about ({@code e1}, {@code t1}), or null when the plan has
 *     none for it (a thing without art)
 * @param object the other entity of a relation, or null
 * @param value what is asserted, in words: the noun of an entity, the number of a count, the colour, the relation
 *     ({@code on-top-of}, {@code riding}), the setting, the quoted text
 * @param standIn for an entity whose art shows another thing, what the art shows ("fuel pump"); else null
 * @param words the prompt's token indexes ({@link SceneGraph#tokens()}) this atom covers
 * @param parents the ids of the atoms it depends on: an attribute on its entity, a relation on both ends
 * @param question the yes/no question a judge is asked ("Is the apple on the plate?")
 */
public record Atom(
        String id,
        AtomKind kind,
        String type,
        String subject,
        String object,
        String value,
        String standIn,
        List<Integer> words,
        List<String> parents,
        String question) {

    public Atom {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
        words = words == null ? List.of() : List.copyOf(words);
        parents = parents == null ? List.of() : List.copyOf(parents);
    }
}
