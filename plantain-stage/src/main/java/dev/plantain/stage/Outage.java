package dev.plantain.stage;

import dev.plantain.failure.DependencyFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One dependency's state as a stage sees it, counted per outage, not per record: answering; away and waited for
 * (since its first transient failure); or held down by the breaker once it has been away longer than its
 * {@code max-wait}, when the records that need it fail at once until a probe or a record's try finds it back.
 */
final class Outage {

    /** Where the dependency stands. */
    enum State {
        /** Answering. */
        UP,
        /** Away for less than its max-wait: records wait and try again. */
        WAITING,
        /** Away for longer than its max-wait: the breaker is open and records that need it fail at once. */
        DOWN
    }

    /** What a record that met a transient failure does next: wait {@code delay} and try again, or fail with a reason. */
    record Verdict(Duration delay, String reason) {

        boolean givesUp() {
            return reason != null;
        }
    }

    private final String dependency;
    private final Duration maxWait;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    private State state = State.UP;
    private Instant since;
    private long retries;

    Outage(String dependency, Duration maxWait, Duration initialBackoff, Duration maxBackoff) {
        this.dependency = dependency;
        this.maxWait = maxWait;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /**
     * A record's {@code tries}-th try failed transiently: the wait before its next try (capped exponential backoff
     * with jitter, at least the dependency's Retry-After, never past the end of its max-wait), or the reason the
     * record fails now.
     */
    synchronized Verdict failed(DependencyFailure failure, int tries, Instant now) {
        if (state == State.UP) {
            state = State.WAITING;
            since = now;
        }
        Duration away = Duration.between(since, now);
        if (state == State.WAITING && away.compareTo(maxWait) >= 0) {
            state = State.DOWN;
        }
        if (state == State.DOWN) {
            return new Verdict(
                    Duration.ZERO,
                    dependency + " has been unavailable for " + Durations.words(away) + ", longer than its max-wait of "
                            + Durations.words(maxWait) + ": " + failure.getMessage());
        }
        retries++;
        long exponential = initialBackoff.toMillis() << Math.min(tries - 1, 20);
        long capped = Math.min(exponential, maxBackoff.toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        long wait =
                Math.max(jittered, failure.retryAfter().map(Duration::toMillis).orElse(0L));
        long left = maxWait.minus(away).toMillis();
        return new Verdict(Duration.ofMillis(Math.max(1, Math.min(wait, left))), null);
    }

    /** The dependency answered: the outage, if any, is over. */
    synchronized void answered() {
        state = State.UP;
        since = null;
    }

    synchronized State state() {
        return state;
    }

    /** How long the current outage has lasted; zero when up. */
    synchronized Duration away(Instant now) {
        return since == null ? Duration.ZERO : Duration.between(since, now);
    }

    /** Tries waited for over every outage so far. */
    synchronized long retries() {
        return retries;
    }

    String dependency() {
        return dependency;
    }
}
