package dev.plantain.art;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * English emoji names (CLDR short names) and keywords from {@code emojibase-data}, as art-style ids
 * ({@code "red apple"} is {@code red-apple}), loaded once from the classpath. Thread-safe: immutable after loading.
 */
public final class EmojiNames {

    private static final String RESOURCE = "/art/emojibase/en-compact.json";
    /** Emoji groups whose keywords name no thing: smileys, skin-tone components, flags. */
    private static final Set<Integer> NOT_THINGS = Set.of(0, 2, 9);

    private static volatile EmojiNames english;

    private final Map<String, String> byLabel;
    private final Map<String, List<String>> byKeyword;
    private final Map<String, Integer> groups;

    private EmojiNames(Map<String, String> byLabel, Map<String, List<String>> byKeyword, Map<String, Integer> groups) {
        this.byLabel = Map.copyOf(byLabel);
        this.byKeyword = Map.copyOf(byKeyword);
        this.groups = Map.copyOf(groups);
    }

    /** The English names, loaded on first use. */
    public static EmojiNames english() {
        EmojiNames names = english;
        if (names == null) {
            synchronized (EmojiNames.class) {
                names = english;
                if (names == null) {
                    names = load();
                    english = names;
                }
            }
        }
        return names;
    }

    /** The id an emoji's CLDR name spells, for a name given as hyphen-joined words ("hot-dog"). */
    public Optional<String> byName(String words) {
        return Optional.ofNullable(byLabel.get(words));
    }

    /**
     * The ids of the emoji tagged with a keyword, in emoji order, leaving out smileys and flags (their keywords
     * describe moods, not things); empty when none is.
     */
    public List<String> byKeyword(String keyword) {
        return byKeyword.getOrDefault(keyword, List.of());
    }

    /**
     * The emoji's CLDR group by its id (0 smileys and emotion, 1 people and body, 8 symbols, 9 flags ...), or -1
     * when the id names no emoji.
     */
    public int group(String id) {
        return groups.getOrDefault(id, -1);
    }

    /** A CLDR name as an art-style id: lower case, words joined by hyphens, punctuation dropped. */
    public static String idOf(String label) {
        String id = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return id.replaceAll("^-+|-+$", "");
    }

    private static EmojiNames load() {
        try (InputStream in = EmojiNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("emoji names are missing from the classpath (" + RESOURCE
                        + "): build plantain-art, which fetches them with npm");
            }
            Map<String, String> byLabel = new HashMap<>();
            Map<String, List<String>> byKeyword = new HashMap<>();
            Map<String, Integer> groups = new HashMap<>();
            for (JsonNode emoji : new ObjectMapper().readTree(in)) {
                String id = idOf(emoji.path("label").asText());
                byLabel.putIfAbsent(id, id);
                groups.putIfAbsent(id, emoji.path("group").asInt(-1));
                if (NOT_THINGS.contains(emoji.path("group").asInt(-1))) {
                    continue;
                }
                for (JsonNode tag : emoji.path("tags")) {
                    byKeyword
                            .computeIfAbsent(idOf(tag.asText()), k -> new ArrayList<>())
                            .add(id);
                }
            }
            byKeyword.replaceAll((k, v) -> List.copyOf(v));
            return new EmojiNames(byLabel, byKeyword, groups);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
