package dev.plantain.stage;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads a stage's {@code plantain.<stage>.engine} key into its engine enum by the names a person writes (lower case,
 * hyphenated: {@code openai-images} is {@code OPENAI_IMAGES}); any other value stops the service at start-up with
 * the key, the value and the allowed names. Each stage's configuration has a converter that calls {@link #parse}.
 */
public final class EngineNames {

    private EngineNames() {}

    /** The name a person writes for an engine kind. */
    public static String nameOf(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The engine kind {@code value} names, or an exception naming the key and the allowed names. */
    public static <E extends Enum<E>> E parse(Class<E> kinds, String key, String value) {
        String name = value == null ? "" : value.trim();
        for (E kind : kinds.getEnumConstants()) {
            if (nameOf(kind).equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(key + " is '" + name + "'; allowed: "
                + Arrays.stream(kinds.getEnumConstants())
                        .map(EngineNames::nameOf)
                        .collect(Collectors.joining(", ")));
    }
}
