package dev.plantain.planner.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.plantain.failure.DependencyFailure;
import dev.plantain.messages.Json;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The language-model planner against a local server speaking the chat-completions protocol: a server away or busy is
 * a transient failure for the stage to wait out, a request it refuses a permanent one, and only an unusable plan is
 * planned by the built-in planner instead.
 */
class LanguageModelPlannerTest {

    private static final RuleBasedPlanner RULES = RuleBasedPlanner.withDefaultArt();
    private static final String PROMPT = "two ginger kittens curled up on a sofa";
    private static final String GOOD = """
            {"entities": [
              {"id": "e1", "noun": "kittens", "concept": "cat", "artId": "cat", "count": 2, "color": "orange"},
              {"id": "e2", "noun": "sofa", "concept": "couch", "count": 1, "size": "big"}],
             "relations": [{"subject": "e1", "relation": "on-top-of", "object": "e2"}],
             "texts": [], "unrenderable": [], "setting": "indoors", "style": "photo"}""";

    private final List<String> reasons = new CopyOnWriteArrayList<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private volatile int status = 200;
    private volatile String body;
    private volatile String retryAfter;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode request = Json.MAPPER.readTree(exchange.getRequestBody());
            requests.add(Json.MAPPER
                    .createObjectNode()
                    .put("auth", exchange.getRequestHeaders().getFirst("Authorization"))
                    .set("body", request));
            if (body == null) {
                awaitRelease();
            }
            byte[] bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
            if (retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LanguageModelPlanner planner(URI base, Duration timeout) {
        return new LanguageModelPlanner(
                new LanguageModelPlanner.Endpoint(base, "test-model", "sk-test", timeout), RULES, reasons::add);
    }

    private LanguageModelPlanner planner() {
        return planner(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/"), Duration.ofSeconds(20));
    }

    private static String completion(String content) {
        var root = Json.MAPPER.createObjectNode();
        root.putArray("choices")
                .addObject()
                .putObject("message")
                .put("role", "assistant")
                .put("content", content);
        return root.toString();
    }

    @Test
    void aGoodAnswerIsLaidOutByTheBuiltInSolver() {
        body = completion(GOOD);
        ScenePlan plan = planner().plan(PROMPT, 1024, 768, 3);
        assertThat(reasons).isEmpty();
        assertThat(plan.entities().stream()
                        .map(e -> e.count() + " " + e.concept() + " " + e.artId() + " " + e.color())
                        .collect(Collectors.joining("; ")))
                .isEqualTo("2 cat cat orange; 1 couch couch-and-lamp null");
        assertThat(plan.entities()).allSatisfy(e -> assertThat(e.instances()).hasSize(e.count()));
        assertThat(plan.setting()).isEqualTo("indoors");
        assertThat(plan.style()).isEqualTo("photo");
        assertThat(plan.checks()).extracting(c -> c.id()).contains("count:e1", "color:e1", "position:e1:on-top-of:e2");
        assertThat(PlanSchema.validate(plan)).isEmpty();
        JsonNode request = requests.get(0);
        assertThat(request.path("auth").asText()).isEqualTo("Bearer sk-test");
        assertThat(request.path("body").path("model").asText()).isEqualTo("test-model");
        assertThat(request.path("body").path("messages").path(1).path("content").asText())
                .isEqualTo(PROMPT);
    }

    @ParameterizedTest
    @CsvSource({"desk, mdi:desk", "sedan, automobile", "fire hydrant, mdi:fire-hydrant"})
    void aConceptIsGivenArtAsTheBuiltInPlannerFindsIt(String concept, String artId) {
        body = completion(GOOD.replace("\"concept\": \"couch\"", "\"concept\": \"" + concept + "\""));
        ScenePlan plan = planner().plan(PROMPT, 1024, 768, 3);
        assertThat(reasons).isEmpty();
        assertThat(plan.entities()).extracting(e -> e.artId()).containsExactly("cat", artId);
        assertThat(PlanSchema.validate(plan)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"choices\": [{\"message\": {\"content\": \"{not json\"}}]} | the answer is not JSON",
                "{\"choices\": [{\"message\": {\"content\": \"[1, 2]\"}}]} | not a JSON object",
            })
    void anAnswerWhosePlanIsUnusableFallsBack(String answer, String reason) {
        body = answer;
        assertFallsBack(planner(), reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "503 | {\"error\": \"loading the model\"} | 7 | llm answered HTTP 503: {\"error\": \"loading the model\"} | 7",
                "429 | {\"error\": {\"message\": \"slow down\"}} | 2 | llm answered HTTP 429: | 2",
                "500 | overloaded | '' | llm answered HTTP 500: overloaded | -1",
                "408 | '' | '' | llm answered HTTP 408: (empty body) | -1",
            })
    void aServerThatIsAwayOrBusyIsATransientFailureAndNotAnotherPlan(
            int code, String answer, String header, String message, long waitSeconds) {
        status = code;
        body = answer;
        retryAfter = header.isEmpty() ? null : header;
        DependencyFailure failure = failure(planner());
        assertThat(failure.isTransient()).as(failure.getMessage()).isTrue();
        assertThat(failure.getMessage()).startsWith(message);
        assertThat(failure.retryAfter().map(Duration::toSeconds).orElse(-1L)).isEqualTo(waitSeconds);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "400 | {\"error\": {\"message\": \"model x not found\"}} | llm answered HTTP 400: {\"error\": {\"message\": \"model x not found\"}}",
                "401 | {\"error\": \"invalid api key\"} | llm answered HTTP 401: {\"error\": \"invalid api key\"}",
                "404 | no such route | llm answered HTTP 404: no such route",
                "429 | {\"error\": {\"code\": \"insufficient_quota\"}} | (quota exhausted; waiting cannot help)",
                "200 | not a completion at all | llm's answer is not JSON",
                "200 | {\"choices\": []} | answered without choices[0].message.content",
                "200 | {\"choices\": [{\"message\": {\"content\": null, \"refusal\": \"I cannot draw that\"}}]} | llm refused the prompt: I cannot draw that",
            })
    void aRequestNoWaitCanFixIsAPermanentFailureWithTheServersReason(int code, String answer, String message) {
        status = code;
        body = answer;
        retryAfter = "5";
        DependencyFailure failure = failure(planner());
        assertThat(failure.isTransient()).as(failure.getMessage()).isFalse();
        assertThat(failure.getMessage()).contains(message);
        assertThat(failure.retryAfter()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"count\": 2 | \"count\": 0 | plan schema",
                "\"color\": \"orange\" | \"color\": \"octarine\" | plan schema",
                "\"relation\": \"on-top-of\" | \"relation\": \"around\" | plan schema",
                "\"object\": \"e2\" | \"object\": \"e9\" | does not list",
                "\"id\": \"e2\" | \"id\": \"e1\" | used twice",
                "\"concept\": \"couch\", | \"concept\": \"zorblax\", | plan schema",
            })
    void schemaInvalidPlansFallBack(String from, String to, String reason) {
        body = completion(GOOD.replace(from, to));
        assertFallsBack(planner(), reason);
    }

    @Test
    void aSlowAnswerIsATransientFailureAfterTheTimeout() {
        body = null;
        LanguageModelPlanner planner = planner(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1"), Duration.ofMillis(300));
        DependencyFailure failure = failure(planner);
        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.getMessage()).isEqualTo("llm gave no answer within PT0.3S");
    }

    @Test
    void aRefusedConnectionIsATransientFailure() throws IOException {
        int port;
        try (java.net.ServerSocket closed =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        DependencyFailure failure =
                failure(planner(URI.create("http://127.0.0.1:" + port + "/v1"), Duration.ofSeconds(5)));
        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.getMessage()).isEqualTo("cannot connect to llm at http://127.0.0.1:" + port);
    }

    @Test
    void theServerBackAfterAnOutageIsAskedAgainAndItsPlanUsed() {
        status = 503;
        body = "{\"error\": \"restarting\"}";
        assertThat(failure(planner()).isTransient()).isTrue();
        status = 200;
        body = completion(GOOD);
        ScenePlan plan = planner().plan(PROMPT, 1024, 768, 3);
        assertThat(plan.entities()).extracting(Entity::concept).containsExactly("cat", "couch");
        assertThat(requests).hasSize(2);
    }

    /** The failure a plan() call ends in; no fallback may have been taken. */
    private DependencyFailure failure(LanguageModelPlanner planner) {
        Throwable thrown = catchThrowable(() -> planner.plan(PROMPT, 1024, 768, 3));
        assertThat(thrown).isInstanceOf(DependencyFailure.class);
        assertThat(reasons).as("no fallback to the built-in planner").isEmpty();
        DependencyFailure failure = (DependencyFailure) thrown;
        assertThat(failure.dependency()).isEqualTo(LanguageModelPlanner.DEPENDENCY);
        return failure;
    }

    private void assertFallsBack(LanguageModelPlanner planner, String reason) {
        ScenePlan plan = planner.plan(PROMPT, 1024, 768, 3);
        assertThat(plan).isEqualTo(RULES.plan(PROMPT, 1024, 768, 3));
        assertThat(reasons)
                .singleElement()
                .asString()
                .startsWith("language-model planner fell back to the built-in planner: ")
                .contains(reason);
        assertThat(plan.entities()).extracting(Entity::concept).isNotEmpty();
    }
}
