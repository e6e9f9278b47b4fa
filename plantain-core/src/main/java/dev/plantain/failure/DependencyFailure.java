package dev.plantain.failure;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to something outside the stage (the blob store, a model server, a device) that failed, classified by the
 * engine or store that made it: whether waiting can help. Engines and stores only classify; the stage decides what to
 * do (wait out a transient outage, fail the job at once on a permanent error).
 */
public final class DependencyFailure extends RuntimeException {

    /** Whether the same call can succeed later. */
    public enum Kind {
        /** Connection refused, timeout, 429, 5xx, throttling, a busy device: worth waiting for. */
        TRANSIENT,
        /** Bad request, refused content, a corrupt image, a blob that can never appear: retrying cannot help. */
        PERMANENT
    }

    private final String dependency;
    private final Kind kind;
    private final Duration retryAfter;

    private DependencyFailure(String dependency, Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.dependency = Objects.requireNonNull(dependency, "dependency");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter;
    }

    /**
     * A failure that may clear by itself; {@code retryAfter} is the dependency's own hint (an HTTP
     * {@code Retry-After}), or null.
     */
    public static DependencyFailure transientFailure(
            String dependency, String message, Duration retryAfter, Throwable cause) {
        return new DependencyFailure(dependency, Kind.TRANSIENT, message, retryAfter, cause);
    }

    /** A failure that no wait can fix; the job fails with this message. */
    public static DependencyFailure permanent(String dependency, String message, Throwable cause) {
        return new DependencyFailure(dependency, Kind.PERMANENT, message, null, cause);
    }

    /** The dependency's name as used in configuration keys, e.g. {@code blob-store} or {@code openai-images}. */
    public String dependency() {
        return dependency;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }

    /** How long the dependency asked us to wait before the next call, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
