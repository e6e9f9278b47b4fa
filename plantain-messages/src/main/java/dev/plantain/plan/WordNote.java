package dev.plantain.plan;

import java.util.List;
import java.util.Objects;

/**
 * Prompt words that no atom covers, and the reason from the fixed list that they need none.
 *
 * @param words token indexes into {@link SceneGraph#tokens()}
 * @param reason why they need no check
 * @param text the words as written, for a reader
 */
public record WordNote(List<Integer> words, CoverReason reason, String text) {

    public WordNote {
        Objects.requireNonNull(reason, "reason");
        words = words == null ? List.of() : List.copyOf(words);
    }
}
