package dev.plantain.stage;

import dev.plantain.failure.DependencyFailure;
import dev.plantain.failure.HttpFailures;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A test engine standing in for a remote model server: it asks a server on the loopback about one job, as a model
 * engine would before drawing, and classifies the answer the way model engines do (429 and 5xx transient with their
 * Retry-After, a refused connection or a timeout transient, any other refusal permanent). Turned on only by
 * {@code plantain.faults.model-servers.*}.
 */
final class LoopbackModel {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String dependency;
    private final URI url;
    private final HttpClient http;

    LoopbackModel(String dependency, String url) {
        this.dependency = dependency;
        this.url = URI.create(url);
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** Asks about the job; throws a classified {@link DependencyFailure} unless the server answers 2xx. */
    void call(String stage, String jobId) {
        URI query = URI.create(url + "?stage=" + stage + "&job=" + URLEncoder.encode(jobId, StandardCharsets.UTF_8));
        HttpRequest request =
                HttpRequest.newBuilder(query).timeout(TIMEOUT).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw DependencyFailure.transientFailure(dependency, "cannot reach " + url + ": " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + url, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw HttpFailures.of(
                    dependency,
                    response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.body());
        }
    }
}
