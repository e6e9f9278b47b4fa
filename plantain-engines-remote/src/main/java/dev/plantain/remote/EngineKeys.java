package dev.plantain.remote;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One engine's configuration keys, {@code plantain.<stage>.<engine>.*}, read through any lookup (MicroProfile
 * Config in the services, a map in tests), with the keys every remote engine shares: {@code base-url},
 * {@code model}, {@code api-key} or {@code api-key-file}, {@code timeout}, {@code max-calls-per-job}.
 */
public final class EngineKeys {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private final String stage;
    private final String engine;
    private final Function<String, Optional<String>> lookup;

    /**
     * @param stage {@code draft}, {@code refiner} or {@code verifier}
     * @param engine the engine's name, also the dependency name in failures
     * @param lookup a full key to its value, when set
     */
    public EngineKeys(String stage, String engine, Function<String, Optional<String>> lookup) {
        this.stage = stage;
        this.engine = engine;
        this.lookup = lookup;
    }

    public String engine() {
        return engine;
    }

    /** The full key of a setting of this engine. */
    public String key(String name) {
        return "plantain." + stage + "." + engine + "." + name;
    }

    public Optional<String> get(String name) {
        return lookup.apply(key(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public int integer(String name, int fallback) {
        return get(name).map(v -> parse(name, v, Integer::parseInt)).orElse(fallback);
    }

    public double decimal(String name, double fallback) {
        return get(name).map(v -> parse(name, v, Double::parseDouble)).orElse(fallback);
    }

    public boolean flag(String name, boolean fallback) {
        return get(name).map(v -> parse(name, v, EngineKeys::bool)).orElse(fallback);
    }

    /** {@code 90s}, {@code 500ms}, {@code 2m} or ISO-8601 ({@code PT90S}). */
    public Duration duration(String name, Duration fallback) {
        return get(name).map(v -> parse(name, v, EngineKeys::toDuration)).orElse(fallback);
    }

    /** The shared keys as an endpoint, with this engine's defaults. */
    public RemoteEndpoint endpoint(String defaultBaseUrl, Duration defaultTimeout, int defaultMaxCalls) {
        return new RemoteEndpoint(
                engine,
                URI.create(get("base-url", defaultBaseUrl)),
                get("model", ""),
                ApiKey.of(get("api-key"), get("api-key-file").map(Path::of)),
                duration("timeout", defaultTimeout),
                integer("max-calls-per-job", defaultMaxCalls));
    }

    private <T> T parse(String name, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key(name) + " is '" + value + "': " + e.getMessage(), e);
        }
    }

    private static boolean bool(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("write true or false");
        };
    }

    private static Duration toDuration(String v) {
        Matcher m = SHORT_DURATION.matcher(v.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            return Duration.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("write a duration such as 90s, 500ms, 2m or PT90S");
        }
    }
}
