package dev.plantain.planner.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.messages.Json;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.planner.ScenePlanner;
import dev.plantain.planner.parse.ParsedPrompt;
import java.io.IOException;
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
 * follow). When the endpoint is down, slow or answers something invalid, the built-in planner plans instead and the
 * reason is reported. Thread-safe.
 */
public final class LanguageModelPlanner implements ScenePlanner {

    private static final Logger LOG = Logger.getLogger(LanguageModelPlanner.class.getName());

    /**
     * Where and how to ask.
     *
     * @param baseUrl the API's base URL, up to and including {@code /v1} ({@code http://localhost:8000/v1})
     * @param model the model name sent in every request
     * @param apiKey the bearer token, or blank for none
     * @param timeout how long to wait for a whole answer before falling back
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

    /** A planner that logs each fallback's reason. */
    public LanguageModelPlanner(Endpoint endpoint, RuleBasedPlanner fallback) {
        this(endpoint, fallback, reason -> LOG.warning(reason));
    }

    /**
     * A planner that hands each fallback's reason to {@code onFallback}.
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
        try {
            String content = ask(prompt, seed);
            ParsedPrompt parsed = ModelAnswer.read(content, prompt, width, height, seed, fallback.lexicon());
            return RuleBasedPlanner.assemble(prompt, parsed, width, height, seed);
        } catch (ModelAnswer.Rejected e) {
            return fallBack(e.getMessage(), prompt, width, height, seed);
        } catch (HttpConnectTimeoutException e) {
            return fallBack(
                    "cannot reach " + endpoint.baseUrl() + " within " + endpoint.timeout(),
                    prompt,
                    width,
                    height,
                    seed);
        } catch (HttpTimeoutException e) {
            return fallBack(
                    "no answer from " + endpoint.baseUrl() + " within " + endpoint.timeout(),
                    prompt,
                    width,
                    height,
                    seed);
        } catch (IOException e) {
            return fallBack("cannot reach " + endpoint.baseUrl() + ": " + e, prompt, width, height, seed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallBack("interrupted while waiting for the model", prompt, width, height, seed);
        }
    }

    private ScenePlan fallBack(String reason, String prompt, int width, int height, long seed) {
        onFallback.accept("language-model planner fell back to the built-in planner: " + reason);
        return fallback.plan(prompt, width, height, seed);
    }

    private String ask(String prompt, long seed) throws IOException, InterruptedException, ModelAnswer.Rejected {
        String base = endpoint.baseUrl().toString().replaceAll("/+$", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/chat/completions"))
                .timeout(endpoint.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Json.write(PlanRequest.body(endpoint.model(), prompt, seed))));
        if (!endpoint.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new ModelAnswer.Rejected("the endpoint answered HTTP " + response.statusCode());
        }
        JsonNode content = readTree(response.body())
                .path("choices")
                .path(0)
                .path("message")
                .path("content");
        if (!content.isTextual()) {
            throw new ModelAnswer.Rejected("the endpoint's answer has no choices[0].message.content");
        }
        return content.asText();
    }

    private static JsonNode readTree(String body) throws ModelAnswer.Rejected {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new ModelAnswer.Rejected("the endpoint's answer is not JSON");
        }
    }
}
