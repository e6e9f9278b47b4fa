package dev.plantain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.cli.stack.LocalStack;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import dev.plantain.messages.TopicReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A protocol test of the remote engines in the pipeline: a real Kafka broker and the five services as separate
 * processes, with {@code openai-images} drafting and refining and {@code vlm} verifying against a loopback server
 * that speaks those published formats ({@link LoopbackModelApis}). It shows the stages select, call and route
 * through remote models; it says nothing about image quality.
 */
class RemoteEnginesIT {

    private static final String KEY = "sk-loopback-never-logged-3141";

    /** Job ids and requests; the balloon job is judged "No" once, so it takes a refine round. */
    static final Map<String, String> JOBS = Map.of(
            "remote-apple", """
                    {"prompt":"a red apple","seed":1}""",
            "remote-balloon", """
                    {"prompt":"a red apple and a green %s","seed":2,"maxRefineRounds":2}""".formatted(LoopbackModelApis.REFUSED),
            "remote-cats", """
                    {"prompt":"two cats and a dog","seed":3}""",
            "remote-wide", """
                    {"prompt":"a blue car to the left of a tree","aspectRatio":"16:9","seed":4}""",
            "remote-tall", """
                    {"prompt":"three yellow bananas","aspectRatio":"9:16","seed":5}""",
            "remote-2k", """
                    {"prompt":"a dog","resolution":"2K","seed":6}""");

    private static LoopbackModelApis apis;
    private static LocalStack stack;
    private static TopicReader results;

    @BeforeAll
    static void startStackAndSubmit() {
        apis = new LoopbackModelApis();
        List<String> args = List.of(
                "-Dplantain.draft.engine=openai-images",
                "-Dplantain.draft.openai-images.base-url=" + apis.base(),
                "-Dplantain.draft.openai-images.model=loopback-image",
                "-Dplantain.draft.openai-images.api-key=" + KEY,
                "-Dplantain.refiner.engine=openai-images",
                "-Dplantain.refiner.openai-images.base-url=" + apis.base(),
                "-Dplantain.refiner.openai-images.api-key=" + KEY,
                "-Dplantain.verifier.engine=vlm",
                "-Dplantain.verifier.vlm.base-url=" + apis.base(),
                "-Dplantain.verifier.vlm.model=loopback-judge",
                "-Dplantain.verifier.vlm.api-key=" + KEY,
                "-Dplantain.verifier.ocr.enabled=false",
                "-Dplantain.upscaler.engine=lanczos3");
        stack = LocalStack.start(TestStacks.fresh("remote"), System.out, args);
        String bootstrap = stack.settings().bootstrap();
        JOBS.forEach((id, json) -> TopicReader.send(bootstrap, Topic.REQUESTS.name("plantain."), id, json));
        results = new TopicReader(bootstrap, Topic.RESULTS.name("plantain."));
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> JOBS.keySet().stream()
                        .allMatch(id -> !results.records(id).isEmpty()));
    }

    @AfterAll
    static void stopStack() {
        if (results != null) {
            results.close();
        }
        if (stack != null) {
            stack.stop();
        }
        if (apis != null) {
            apis.close();
        }
    }

    @Test
    void everyJobEndsInExactlyOneSucceededResultMarkedNotDeterministic() {
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> JOBS.keySet().stream()
                        .allMatch(id -> results.records(id).size() == 1));
        for (String id : JOBS.keySet()) {
            JobResult result = only(id);
            assertThat(result.status()).as(id + ": " + result.reason()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(result.deterministic()).as(id).isFalse();
            assertThat(results.records(id).get(0).value()).contains("\"deterministic\":false");
        }
    }

    @Test
    void theJudgesNoTakesARefineRoundThroughTheEditsApi() {
        JobResult result = only("remote-balloon");
        assertThat(result.rounds()).isGreaterThanOrEqualTo(1);
        assertThat(result.history().get(0).report().passed()).isFalse();
        assertThat(result.history().get(0).report().checks())
                .anySatisfy(c -> assertThat(c.measured())
                        .contains("vlm (loopback-judge)")
                        .contains("answered \"No\""));
        assertThat(result.history().get(1).changes())
                .anySatisfy(c -> assertThat(c).contains("openai-images edited"));
        assertThat(result.verified()).isTrue();
        assertThat(apis.seen("/images/edits")).isNotEmpty();
    }

    @Test
    void imagesHaveTheRequestedSizeWhateverSizeTheModelDrew() {
        assertThat(size("remote-apple")).isEqualTo("1024x1024");
        assertThat(size("remote-2k")).isEqualTo("2048x2048");
        assertThat(only("remote-2k").upscale().drawnWidth()).isEqualTo(1024);
        assertThat(only("remote-2k").upscale().factor()).isEqualTo(2.0);
        JobResult wide = only("remote-wide");
        assertThat(wide.image().width() * 9).isEqualTo(wide.image().height() * 16);
        JobResult tall = only("remote-tall");
        assertThat(tall.image().width() * 16).isEqualTo(tall.image().height() * 9);
    }

    @Test
    void everyCallCarriedTheKeyAndNoLogShowsIt() throws IOException {
        assertThat(apis.seen("/images/generations")).hasSizeGreaterThanOrEqualTo(JOBS.size());
        assertThat(apis.seen("/chat/completions")).isNotEmpty();
        assertThat(Stream.of("/images/generations", "/images/edits", "/chat/completions")
                        .flatMap(p -> apis.seen(p).stream()))
                .allSatisfy(s -> assertThat(s.authorization()).isEqualTo("Bearer " + KEY));
        Path logs = stack.settings().stateDir().resolve("logs");
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.toList()) {
                assertThat(Files.readString(log)).as(log.toString()).doesNotContain(KEY);
            }
        }
    }

    @Test
    void eachStageCountsItsEngineCallsPerEngine() throws Exception {
        assertThat(metrics(Stage.DRAFT))
                .containsPattern("plantain_engine_images_total\\{engine=\"openai-images\",stage=\"draft\"} [6-9]");
        assertThat(metrics(Stage.REFINER))
                .containsPattern("plantain_engine_images_total\\{engine=\"openai-images\",stage=\"refiner\"} [1-9]");
        assertThat(metrics(Stage.VERIFIER))
                .contains("plantain_engine_call_seconds_count{engine=\"vlm\",outcome=\"ok\",stage=\"verifier\"}");
    }

    private static String metrics(Stage stage) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + stack.settings().httpPort(stage, 0) + "/q/metrics");
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String size(String id) {
        JobResult result = only(id);
        return result.image().width() + "x" + result.image().height();
    }

    private static JobResult only(String id) {
        List<JobResult> found = results.values(id, JobResult.class);
        assertThat(found).as("results of " + id).hasSize(1);
        return found.get(0);
    }
}
