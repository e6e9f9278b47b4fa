package dev.plantain.failure;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Classifies an HTTP answer that is not a success, the same way for every dependency spoken to over HTTP (an S3
 * store, a model server): 408, 425, 429 and every 5xx are transient (the server is away, busy or throttling, and
 * says so); any other status is permanent (the request itself is wrong or refused). Reads {@code Retry-After} in
 * both of its forms.
 */
public final class HttpFailures {

    private HttpFailures() {}

    /**
     * The failure an answer with this status means.
     *
     * @param retryAfter the answer's {@code Retry-After} header, or null
     */
    public static DependencyFailure of(String dependency, int status, String retryAfter, String message) {
        return of(dependency, status, retryAfter, message, null);
    }

    /** As {@link #of(String, int, String, String)}, keeping the client's exception as the cause. */
    public static DependencyFailure of(
            String dependency, int status, String retryAfter, String message, Throwable cause) {
        String text = dependency + " answered HTTP " + status + (message == null ? "" : ": " + message);
        if (isTransient(status)) {
            return DependencyFailure.transientFailure(
                    dependency, text, retryAfter(retryAfter, Instant.now()).orElse(null), cause);
        }
        return DependencyFailure.permanent(dependency, text, cause);
    }

    /** Whether waiting can help an answer with this status. */
    public static boolean isTransient(int status) {
        return status == 408 || status == 425 || status == 429 || (status >= 500 && status <= 599);
    }

    /**
     * A {@code Retry-After} value (delay seconds, or an HTTP date) as a wait from {@code now}; empty when absent or
     * unreadable, zero for a date already past.
     */
    public static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
