package dev.plantain.remote;

import dev.plantain.failure.DependencyFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * Makes one HTTP call to a model server and classifies what went wrong: a timeout, a refused connection, 408, 429 and
 * 5xx are transient (429 and 503 with the server's {@code Retry-After}); OpenAI's 429 {@code insufficient_quota} and
 * every other 4xx are permanent, with the provider's own reason. It never retries: the stage does. Thread-safe.
 */
public final class ModelHttp {

    private final RemoteEndpoint endpoint;
    private final HttpClient client;
    private final Clock clock;

    public ModelHttp(RemoteEndpoint endpoint) {
        this(endpoint, Clock.systemUTC());
    }

    ModelHttp(RemoteEndpoint endpoint, Clock clock) {
        this.endpoint = endpoint;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(endpoint.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public RemoteEndpoint endpoint() {
        return endpoint;
    }

    /** A request to {@code path} under the base URL with the call's timeout; the caller adds method and headers. */
    public HttpRequest.Builder request(String path) {
        return request(endpoint.resolve(path));
    }

    public HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(endpoint.timeout());
    }

    /** The body of a 2xx answer; any other outcome is a {@link DependencyFailure}. */
    public byte[] send(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw DependencyFailure.transientFailure(
                    endpoint.dependency(),
                    endpoint.dependency() + " gave no answer within " + endpoint.timeout() + " (" + request.method()
                            + " " + request.uri().getPath() + ")",
                    null,
                    e);
        } catch (ConnectException e) {
            throw DependencyFailure.transientFailure(
                    endpoint.dependency(),
                    "cannot connect to " + endpoint.dependency() + " at " + origin(request),
                    null,
                    e);
        } catch (IOException e) {
            throw DependencyFailure.transientFailure(
                    endpoint.dependency(), endpoint.dependency() + " call failed: " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DependencyFailure.transientFailure(
                    endpoint.dependency(), "interrupted while waiting for " + endpoint.dependency(), null, e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return response.body();
        }
        throw classify(status, response);
    }

    private DependencyFailure classify(int status, HttpResponse<byte[]> response) {
        String name = endpoint.dependency();
        String reason = name + " answered HTTP " + status + ": " + ProviderReason.of(response.body());
        if (status == 429 && "insufficient_quota".equals(ProviderReason.code(response.body()))) {
            return DependencyFailure.permanent(name, reason + " (quota exhausted; waiting cannot help)", null);
        }
        if (status == 408 || status == 429 || status / 100 == 5) {
            Duration wait = RetryAfter.parse(response.headers().firstValue("Retry-After"), clock)
                    .orElse(null);
            return DependencyFailure.transientFailure(name, reason, wait, null);
        }
        return DependencyFailure.permanent(name, reason, null);
    }

    private static String origin(HttpRequest request) {
        URI uri = request.uri();
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
