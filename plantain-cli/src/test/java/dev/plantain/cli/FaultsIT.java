package dev.plantain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Json;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import dev.plantain.messages.TopicReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults on one running stack (a real broker, the five services as processes), every service's model failing the
 * first attempt at each job: a stage killed with SIGKILL mid-job and restarted, the broker restarted mid-flow, a
 * poison record on every consumed topic. In each, every job ends with exactly one result visible to a
 * {@code read_committed} reader, and exactly one record on {@code upscale}: nothing lost, nothing repeated.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final String PREFIX = "plantain.";
    private static final List<String> PROMPTS =
            List.of("a red apple", "a blue car", "two yellow bananas", "a green tree next to a house");

    private static LocalStack stack;
    private static TopicReader results;
    private static TopicReader upscales;
    private static TopicReader events;
    /** What each fault case counted, printed at the end. */
    private static final Map<String, List<String>> COUNTS = new LinkedHashMap<>();

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start(
                TestStacks.fresh("faults"),
                System.out,
                List.of(
                        // Test-only: each stage's work fails its first attempt at every job, then succeeds.
                        "-Dplantain.faults.transient-failures=1",
                        "-Dplantain.retry.backoff=100ms",
                        // A killed stage's partitions move on after 10 s rather than the default 45 s.
                        "-Dkafka.session.timeout.ms=10000"));
        String bootstrap = stack.settings().bootstrap();
        results = new TopicReader(bootstrap, Topic.RESULTS.name(PREFIX));
        upscales = new TopicReader(bootstrap, Topic.UPSCALE.name(PREFIX));
        events = new TopicReader(bootstrap, Topic.EVENTS.name(PREFIX));
    }

    @AfterAll
    static void stopStack() {
        System.out.printf("%n%-34s %5s %8s %12s %5s%n", "fault", "jobs", "results", "exactly one", "lost");
        COUNTS.forEach((fault, row) ->
                System.out.printf("%-34s %5s %8s %12s %5s%n", fault, row.get(0), row.get(1), row.get(2), row.get(3)));
        for (TopicReader reader : new TopicReader[] {results, upscales, events}) {
            if (reader != null) {
                reader.close();
            }
        }
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Order(1)
    void aStageKilledMidJobAndRestartedLosesAndRepeatsNothing() throws Exception {
        List<String> jobs = submit("kill", 6);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.stream().anyMatch(job -> started(job, Stage.VERIFIER)));
        long pid = stack.processes().get(Stage.VERIFIER.label() + "-0");
        ProcessHandle verifier = ProcessHandle.of(pid).orElseThrow();
        verifier.destroyForcibly();
        verifier.onExit().get();
        stack.stopStage(Stage.VERIFIER);
        stack.startStages(List.of(Stage.VERIFIER), System.out);
        assertExactlyOneResultEach("stage killed (SIGKILL), restarted", jobs);
    }

    @Test
    @Order(2)
    void theBrokerRestartedMidFlowLosesAndRepeatsNothing() {
        List<String> jobs = submit("broker", 6);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.stream().anyMatch(job -> started(job, Stage.DRAFT)));
        stack.restartBroker();
        assertExactlyOneResultEach("broker restarted", jobs);
    }

    @Test
    @Order(3)
    void aPoisonRecordOnEveryConsumedTopicIsSetAsideOnceAndThePipelineKeepsFlowing() {
        String bootstrap = stack.settings().bootstrap();
        TopicReader.send(bootstrap, Topic.REQUESTS.name(PREFIX), "poison-requests", "\u0000\u0001 not json");
        List<Topic> internal = List.of(Topic.DRAFT, Topic.VERIFY, Topic.REFINE, Topic.UPSCALE);
        for (Topic topic : internal) {
            TopicReader.send(bootstrap, topic.name(PREFIX), "poison-" + topic.suffix(), "\u0000 not a record");
        }
        List<String> jobs = new ArrayList<>(submit("after-poison", 2));
        jobs.add("after-poison-refine");
        TopicReader.send(
                bootstrap,
                Topic.REQUESTS.name(PREFIX),
                "after-poison-refine",
                "{\"prompt\":\"%s\",\"seed\":%d}".formatted(RefineFixture.PROMPT, RefineFixture.SEED));
        assertExactlyOneResultEach("poison record on every topic", jobs);
        JobResult rejected = awaitOnlyResult("poison-requests");
        assertThat(rejected.status()).isEqualTo(JobStatus.FAILED);
        assertThat(rejected.reason()).startsWith("bad request: ");
        for (Topic topic : internal) {
            try (TopicReader dead = new TopicReader(bootstrap, topic.deadLetterName(PREFIX))) {
                String key = "poison-" + topic.suffix();
                await().atMost(Duration.ofMinutes(1))
                        .until(() -> !dead.records(key).isEmpty());
                List<ConsumerRecord<String, String>> found = dead.records(key);
                assertThat(found).as("dead letters of " + key).hasSize(1);
                assertThat(TopicReader.header(found.get(0), "dead-letter-topic"))
                        .isEqualTo(topic.name(PREFIX));
                assertThat(TopicReader.header(found.get(0), "dead-letter-reason"))
                        .isNotBlank();
            }
        }
    }

    @Test
    @Order(4)
    void aTransientModelFailureCostsARetryNotAJob() throws Exception {
        for (Stage stage : List.of(Stage.DRAFT, Stage.VERIFIER, Stage.REFINER, Stage.UPSCALER)) {
            assertThat(http(stack.settings().httpPort(stage, 0), "/q/metrics"))
                    .as("retries of " + stage.label())
                    .containsPattern("plantain_stage_retries_total\\{stage=\"" + stage.label() + "\"} [1-9]");
        }
        COUNTS.put(
                "model fails each job's first try",
                COUNTS.values().stream()
                        .reduce((a, b) ->
                                List.of(sum(a.get(0), b.get(0)), sum(a.get(1), b.get(1)), sum(a.get(2), b.get(2)), "0"))
                        .orElseThrow());
    }

    private static String sum(String a, String b) {
        return String.valueOf(Integer.parseInt(a) + Integer.parseInt(b));
    }

    private static List<String> submit(String prefix, int count) {
        List<String> jobs =
                IntStream.range(0, count).mapToObj(i -> prefix + "-" + i).toList();
        for (int i = 0; i < count; i++) {
            TopicReader.send(
                    stack.settings().bootstrap(),
                    Topic.REQUESTS.name(PREFIX),
                    jobs.get(i),
                    "{\"prompt\":\"%s\",\"resolution\":\"1K\",\"seed\":%d,\"maxRefineRounds\":1}"
                            .formatted(PROMPTS.get(i % PROMPTS.size()), i + 1));
        }
        return jobs;
    }

    private static boolean started(String job, Stage stage) {
        return events.records(job).stream()
                .map(r -> Json.read(r.value(), JobEvent.class))
                .anyMatch(e -> e.stage().equals(stage.label()) && e.phase() == JobEvent.Phase.STARTED);
    }

    /** Waits for every job's result, then checks for a while that none has a second one, on results or upscale. */
    private static void assertExactlyOneResultEach(String fault, List<String> jobs) {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    results.poll();
                    return jobs.stream().noneMatch(job -> results.seen(job).isEmpty());
                });
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    results.poll();
                    upscales.poll();
                    return jobs.stream()
                            .allMatch(job -> results.seen(job).size() == 1
                                    && upscales.seen(job).size() == 1);
                });
        for (String job : jobs) {
            JobResult result = Json.read(results.seen(job).get(0).value(), JobResult.class);
            assertThat(result.status()).as(job + ": " + result.reason()).isEqualTo(JobStatus.SUCCEEDED);
        }
        long exactlyOne =
                jobs.stream().filter(job -> results.seen(job).size() == 1).count();
        long results = jobs.stream()
                .mapToLong(job -> FaultsIT.results.seen(job).size())
                .sum();
        long lost = jobs.stream()
                .filter(job -> FaultsIT.results.seen(job).isEmpty())
                .count();
        COUNTS.put(
                fault,
                List.of(
                        String.valueOf(jobs.size()),
                        String.valueOf(results),
                        String.valueOf(exactlyOne),
                        String.valueOf(lost)));
    }

    private static JobResult awaitOnlyResult(String job) {
        await().atMost(Duration.ofMinutes(1)).until(() -> !results.records(job).isEmpty());
        List<JobResult> found = results.values(job, JobResult.class);
        assertThat(found).as("results of " + job).hasSize(1);
        return found.get(0);
    }

    private static String http(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
