package dev.plantain.planner.parse;

import java.util.Map;
import java.util.Set;

/**
 * Partitive nouns before "of": a portion ("a slice of cheese") draws the whole thing it is a part of, and a
 * collective ("a pile of books", "a group of people") is a vague quantity, chosen with the seed and recorded.
 */
final class Partitives {

    private static final Set<String> PORTIONS = Set.of(
            "slice",
            "slices",
            "piece",
            "pieces",
            "wedge",
            "wedges",
            "scoop",
            "scoops",
            "chunk",
            "chunks",
            "loaf",
            "loaves",
            "serving",
            "servings",
            "portion",
            "portions",
            "sheet",
            "sheets",
            "bar",
            "bars",
            "tube",
            "tubes");

    /** Collectives and the inclusive range a seeded count is drawn from. */
    private static final Map<String, int[]> COLLECTIVES = Map.ofEntries(
            Map.entry("group", new int[] {3, 5}),
            Map.entry("bunch", new int[] {3, 5}),
            Map.entry("set", new int[] {3, 5}),
            Map.entry("collection", new int[] {3, 5}),
            Map.entry("row", new int[] {3, 5}),
            Map.entry("pile", new int[] {3, 6}),
            Map.entry("stack", new int[] {3, 6}),
            Map.entry("heap", new int[] {3, 6}),
            Map.entry("herd", new int[] {4, 7}),
            Map.entry("flock", new int[] {4, 7}),
            Map.entry("crowd", new int[] {5, 8}),
            Map.entry("swarm", new int[] {5, 8}));

    private Partitives() {}

    static boolean isPortion(String word) {
        return PORTIONS.contains(word);
    }

    static boolean isCollective(String word) {
        return COLLECTIVES.containsKey(word);
    }

    /** The range of a vague quantity or a collective ("few", "pile"), or null for an exact count word. */
    static int[] range(String word) {
        int[] vague = SceneWords.VAGUE.get(word);
        return vague != null ? vague : COLLECTIVES.get(word);
    }
}
