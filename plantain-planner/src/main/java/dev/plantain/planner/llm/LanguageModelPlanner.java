package dev.plantain.planner.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.failure.DependencyFailure;
import dev.plantain.failure.HttpFailures;
import dev.plantain.messages.Json;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.planner.ScenePlanner;
import dev.plantain.planner.parse.ParsedPrompt;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Asks an OpenAI-compatible chat-completions endpoint for the scene's entities, relations, texts, setting and style
 * as JSON, checks the answer against the plan schema and invariants, and lays it out with the built-in solver (the
 * model's boxes and checks, if any, are ignored: the solver guarantees margins, no overlaps and the checks that
 * follow). A failure to get an answer is classified as every model engine's is ({@link DependencyFailure} of
 * {@value #DEPENDENCY}): a refused connection, a timeout, 408, 425, 429 and 5xx are transient (with the server's
 * {@code Retry-After}), so the stage waits the outage out instead of planning something else; a bad request, a
 * refused key or prompt, an exhausted quota or an answer that is not a chat completion are permanent and fail the
 * job with the reason. Only an answer whose plan is unusable (not JSON, against the plan schema) is planned by the
 * built-in planner instead, with the reason reported. Thread-safe.
 */
public final class LanguageModelPlanner implements ScenePlanner {

    /** The dependency's name in failures, metrics and {@code plantain.outage.llm.max-wait}. */
    public static final String DEPENDENCY = "llm";

    private static final Logger LOG = Logger.getLogger(LanguageModelPlanner.class.getName());
    private static final int MAX_REASON = 300;

    /**
     * Where and how to ask.
     *
     * @param baseUrl the API's base URL, up to and including {@code /v1} ({@code http://localhost:8000/v1})
     * @param model the model name sent in every request
     * @param apiKey the bearer token, or blank for none
     * @param timeout how long to wait for a whole answer (and for a connection) before the call fails transiently
     */
    public record Endpoint(URI baseUrl, String model, String apiKey, Duration timeout) {

        public Endpoint {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(timeout, "timeout");
            apiKey = apiKey == null ? "" : apiKey;
        }
    }

    private final Endpoint endpoint;
    private final RuleBasedPlanner fallback;
    private final Consumer<String> onFallback;
    private final HttpClient http;

    /** A planner that logs the reason whenever the model's plan is unusable and the built-in planner plans. */
    public LanguageModelPlanner(Endpoint endpoint, RuleBasedPlanner fallback) {
        this(endpoint, fallback, reason -> LOG.warning(reason));
    }

    /**
     * A planner that hands the reason to {@code onFallback} whenever the model's plan is unusable.
     *
     * @param onFallback receives "language-model planner fell back to the built-in planner: REASON"
     */
    public LanguageModelPlanner(Endpoint endpoint, RuleBasedPlanner fallback, Consumer<String> onFallback) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.onFallback = Objects.requireNonNull(onFallback, "onFallback");
        this.http = HttpClient.newBuilder().connectTimeout(endpoint.timeout()).build();
    }

    @Override
    public ScenePlan plan(String prompt, int width, int height, long seed) {
        Objects.requireNonNull(prompt, "prompt");
        String content = ask(prompt, seed);
        try {
            ParsedPrompt parsed = ModelAnswer.read(content, prompt, width, height, seed, fallback.lexicon());
            return RuleBasedPlanner.assemble(prompt, parsed, width, height, seed);
        } catch (ModelAnswer.Rejected e) {
            onFallback.accept("language-model planner fell back to the built-in planner: " + e.getMessage());
            return fallback.plan(prompt, width, height, seed);
        }
    }

    /** The model's answer text; any failure to get one is a classified {@link DependencyFailure}. */
    private String ask(String prompt, long seed) {
        String base = endpoint.baseUrl().toString().replaceAll("/+$", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/chat/completions"))
                .timeout(endpoint.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Json.write(PlanRequest.body(endpoint.model(), prompt, seed))));
        if (!endpoint.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() / 100 != 2) {
            throw classify(response);
        }
        JsonNode message = readTree(response.body()).path("choices").path(0).path("message");
        JsonNode content = message.path("content");
        if (!content.isTextual() && message.path("refusal").isTextual()) {
            throw DependencyFailure.permanent(
                    DEPENDENCY,
                    DEPENDENCY + " refused the prompt: "
                            + message.path("refusal").asText(),
                    null);
        }
        if (!content.isTextual()) {
            throw DependencyFailure.permanent(
                    DEPENDENCY,
                    DEPENDENCY + " at " + endpoint.baseUrl() + " answered without choices[0].message.content: "
                            + "is it an OpenAI-compatible chat-completions API?",
                    null);
        }
        return content.asText();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw DependencyFailure.transientFailure(
                    DEPENDENCY,
                    "cannot reach " + DEPENDENCY + " at " + origin() + " within " + endpoint.timeout(),
                    null,
                    e);
        } catch (HttpTimeoutException e) {
            throw DependencyFailure.transientFailure(
                    DEPENDENCY, DEPENDENCY + " gave no answer within " + endpoint.timeout(), null, e);
        } catch (ConnectException e) {
            throw DependencyFailure.transientFailure(
                    DEPENDENCY, "cannot connect to " + DEPENDENCY + " at " + origin(), null, e);
        } catch (IOException e) {
            throw DependencyFailure.transientFailure(
                    DEPENDENCY, DEPENDENCY + " call to " + origin() + " failed: " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DependencyFailure.transientFailure(
                    DEPENDENCY, "interrupted while waiting for " + DEPENDENCY, null, e);
        }
    }

    /**
     * A refusal by status: 408, 425, 429 and 5xx transient (with the server's {@code Retry-After}), OpenAI's 429
     * {@code insufficient_quota} and every other status permanent, each with the server's own reason.
     */
    private static DependencyFailure classify(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        String reason = body.isEmpty() ? "(empty body)" : body.substring(0, Math.min(MAX_REASON, body.length()));
        if (response.statusCode() == 429 && body.contains("\"insufficient_quota\"")) {
            return DependencyFailure.permanent(
                    DEPENDENCY,
                    DEPENDENCY + " answered HTTP 429: " + reason + " (quota exhausted; waiting cannot help)",
                    null);
        }
        return HttpFailures.of(
                DEPENDENCY,
                response.statusCode(),
                response.headers().firstValue("Retry-After").orElse(null),
                reason);
    }

    private String origin() {
        URI uri = endpoint.baseUrl();
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static JsonNode readTree(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw DependencyFailure.permanent(
                    DEPENDENCY,
                    DEPENDENCY + "'s answer is not JSON: is it an OpenAI-compatible chat-completions API?",
                    e);
        }
    }
}
