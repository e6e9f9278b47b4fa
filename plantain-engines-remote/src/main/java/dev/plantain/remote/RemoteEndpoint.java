package dev.plantain.remote;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a remote engine calls and how: the dependency's name as a configuration word (it names the engine in
 * failures and reports), the server's base URL, the model, the key, how long one call may take, and the spend cap.
 *
 * @param dependency {@code openai-images}, {@code gemini}, {@code comfyui} or {@code vlm}
 * @param baseUrl the API base, e.g. {@code https://api.openai.com/v1}; a trailing slash is ignored
 * @param model the model name sent with each call (ignored by servers that serve one model)
 * @param apiKey the key, or {@link ApiKey#none()}
 * @param timeout the longest one call may take, connection included
 * @param maxCallsPerJob the most calls this engine makes for one job, across rounds
 */
public record RemoteEndpoint(
        String dependency, URI baseUrl, String model, ApiKey apiKey, Duration timeout, int maxCallsPerJob) {

    public RemoteEndpoint {
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(baseUrl, "baseUrl");
        model = model == null ? "" : model;
        apiKey = apiKey == null ? ApiKey.none() : apiKey;
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(dependency + " timeout must be positive, was " + timeout);
        }
        if (maxCallsPerJob < 1) {
            throw new IllegalArgumentException(
                    dependency + " max-calls-per-job must be at least 1, was " + maxCallsPerJob);
        }
    }

    /** {@code base + path}, with exactly one slash between them. */
    public URI resolve(String path) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }
}
