package dev.plantain.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.cli.StageProbe;
import dev.plantain.cli.TestStacks;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import dev.plantain.messages.TopicReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault scenarios of {@code ./plantain faults} on one running stack (a real broker, the five services as
 * processes, each working on two records at once, every model failing its first try at each job): a stage killed with SIGKILL mid-job and restarted, the
 * broker restarted mid-flow, a poison record on every consumed topic, outages the stages wait out (the blob store gone
 * 4 s and 60 s, a model server answering 503 for 30 s and then 429 with Retry-After, the broker gone 30 s), a model
 * server gone longer than its max-wait, permanent errors (a refused prompt, a corrupt and a missing blob), an
 * oversized image at every stage that decodes one, a stage rewound over finished jobs, a verifier that never passes.
 * In each, every job ends with exactly one result visible to a {@code read_committed} reader and at most one record on
 * {@code upscale}: nothing lost, nothing repeated.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final int MAX_IN_FLIGHT = 2;

    private static FlakyModelServer models;
    private static LocalStack stack;
    private static FaultScenarios scenarios;
    private static final List<FaultCount> COUNTS = new ArrayList<>();

    @BeforeAll
    static void startStack() {
        models = FlakyModelServer.start();
        List<String> args = new ArrayList<>(FaultScenarios.serviceArgs(models));
        // Two records in flight per instance (two consumers, one transactional producer whose commits take turns):
        // exactly-once must hold there too. The default of one is what every other end-to-end test runs.
        args.add("-Dplantain.stage.max-in-flight=" + MAX_IN_FLIGHT);
        stack = LocalStack.start(TestStacks.fresh("faults"), System.out, args);
        scenarios = new FaultScenarios(stack, models, System.out);
    }

    @AfterAll
    static void stopStack() {
        FaultCount.print(new PrintWriter(System.out), COUNTS);
        if (scenarios != null) {
            scenarios.close();
        }
        if (stack != null) {
            stack.stop();
        }
        if (models != null) {
            models.close();
        }
    }

    @Test
    @Order(0)
    void everyStageReadsWithTwoConsumersOneOnEachPartition() {
        for (Stage stage : Stage.values()) {
            Awaitility.await()
                    .atMost(Duration.ofMinutes(1))
                    .untilAsserted(() -> assertThat(
                                    StageProbe.assignments(stack.settings().bootstrap(), stage))
                            .as("partitions per consumer of " + stage.label())
                            .hasSize(MAX_IN_FLIGHT)
                            .allMatch(partitions -> partitions == 1));
        }
    }

    @Test
    @Order(1)
    void aStageKilledMidJobAndRestartedLosesAndRepeatsNothing() throws Exception {
        assertEveryJobSucceededOnce(counted(scenarios.killedStage()), "kill-");
    }

    @Test
    @Order(2)
    void theBrokerRestartedMidFlowLosesAndRepeatsNothing() {
        assertEveryJobSucceededOnce(counted(scenarios.brokerRestart()), "broker-");
    }

    @Test
    @Order(3)
    void aPoisonRecordOnEveryConsumedTopicIsSetAsideOnceAndThePipelineKeepsFlowing() {
        FaultCount count = counted(scenarios.poisonRecords());
        assertNothingLostOrRepeated(count);
        assertThat(count.failed()).as("only the poison request fails").isEqualTo(1);
        assertThat(onlyResult("poison-requests").reason()).startsWith("bad request: ");
        assertEveryJobSucceededOnce(count, "after-poison-");
        String bootstrap = stack.settings().bootstrap();
        for (Topic topic : List.of(Topic.DRAFT, Topic.VERIFY, Topic.REFINE, Topic.UPSCALE)) {
            try (TopicReader dead = new TopicReader(
                    bootstrap, topic.deadLetterName(stack.settings().topicPrefix()))) {
                String key = "poison-" + topic.suffix();
                Awaitility.await()
                        .atMost(Duration.ofMinutes(1))
                        .until(() -> !dead.records(key).isEmpty());
                List<ConsumerRecord<String, String>> found = dead.records(key);
                assertThat(found).as("dead letters of " + key).hasSize(1);
                assertThat(TopicReader.header(found.get(0), "dead-letter-topic"))
                        .isEqualTo(topic.name(stack.settings().topicPrefix()));
                assertThat(TopicReader.header(found.get(0), "dead-letter-reason"))
                        .isNotBlank();
            }
        }
    }

    @Test
    @Order(4)
    void theBlobStoreGoneForAWhileDelaysTheJobsItHitsAndFailsNone() {
        FaultCount count = counted(scenarios.blobOutage());
        assertEveryJobSucceededOnce(count, "blob-");
        assertEveryJobSucceededOnce(count, "after-blob-");
    }

    @Test
    @Order(5)
    void theBlobStoreGoneAMinuteAndAModelAnswering503Then429AreWaitedOutByEveryJob() throws Exception {
        List<FaultCount> counts = scenarios.longOutages();
        counted(counts.get(0));
        counted(counts.get(1));
        assertEveryJobSucceededOnce(counts.get(0), "blob60-");
        assertEveryJobSucceededOnce(counts.get(1), "model-");
        assertThat(scenarios.progressOf(List.of("model-0", "model-1", "model-2", "model-3")))
                .as("progress events of jobs waiting for the model server")
                .anyMatch(detail -> detail.matches("waiting for model server, try \\d+, next in .+"));
        assertThat(scenarios.progressOf(List.of("blob60-0", "blob60-1", "blob60-2", "blob60-3")))
                .as("progress events of jobs waiting for the blob store")
                .anyMatch(detail -> detail.startsWith("waiting for blob store, try "));
        assertThat(http(stack.settings().httpPort(Stage.DRAFT, 0), "/q/metrics"))
                .as("the draft stage's metrics of the model server, back now")
                .containsPattern("plantain_dependency_retries_total\\{dependency=\"model-server\"} [1-9]")
                .containsPattern("plantain_dependency_state\\{dependency=\"model-server\"} 0");
    }

    @Test
    @Order(6)
    void theBrokerGoneHalfAMinuteLosesRepeatsAndFailsNothing() {
        assertEveryJobSucceededOnce(counted(scenarios.brokerGone()), "broker30-");
    }

    @Test
    @Order(7)
    void aModelGoneLongerThanItsMaxWaitFailsTheJobsNamingItAndLaterJobsSucceed() {
        FaultCount count = counted(scenarios.overlongOutage());
        assertNothingLostOrRepeated(count);
        for (String job : List.of("overlong-0", "overlong-1", "overlong-2", "overlong-3")) {
            JobResult result = onlyResult(job);
            assertThat(result.status()).as(job).isEqualTo(JobStatus.FAILED);
            assertThat(result.reason())
                    .as(job)
                    .startsWith("overlong-model has been unavailable for ")
                    .contains("longer than its max-wait of 10 s");
        }
        assertEveryJobSucceededOnce(count, "after-overlong-");
    }

    @Test
    @Order(8)
    void aPermanentErrorFailsItsJobAtOnceWithTheReason() {
        FaultCount count = counted(scenarios.permanentErrors());
        assertNothingLostOrRepeated(count);
        assertThat(onlyResult("refused-0").reason())
                .isEqualTo("draft cannot use model-server: model-server answered HTTP 400: "
                        + "the prompt is refused by the model's content policy");
        assertThat(onlyResult("corrupt-blob").reason()).startsWith("image refused by upscaler: ");
        assertThat(onlyResult("missing-blob").reason())
                .startsWith("upscaler cannot use blob-store: blob sha256:")
                .contains(" is not in ");
        for (String job : List.of("refused-0", "corrupt-blob", "missing-blob")) {
            assertThat(scenarios.progress(job)).as(job + " never waited").isEmpty();
        }
        assertEveryJobSucceededOnce(count, "after-permanent-");
    }

    @Test
    @Order(9)
    void anOversizedImageFailsItsJobWithTheReasonAndTheNextJobsSucceed() {
        FaultCount count = counted(scenarios.oversizedImages());
        assertNothingLostOrRepeated(count);
        assertThat(count.failed()).isEqualTo(3);
        for (Stage stage : List.of(Stage.VERIFIER, Stage.REFINER, Stage.UPSCALER)) {
            JobResult result = onlyResult("oversized-" + stage.label());
            assertThat(result.status()).isEqualTo(JobStatus.FAILED);
            assertThat(result.reason())
                    .startsWith("image refused by " + stage.label() + ": image is 8000x8000")
                    .contains("over the limit of 20971520 pixels");
        }
        assertEveryJobSucceededOnce(count, "after-oversized-");
    }

    @Test
    @Order(10)
    void aRewoundStageMarksItsReRunsSoEveryJobStillHasOneAnswer() {
        FaultCount count = counted(scenarios.rewoundStage());
        assertNothingLostOrRepeated(count);
        assertThat(count.reruns()).as("re-runs after the rewind").isEqualTo(count.submitted());
        for (String job : List.of("rewind-0", "rewind-1", "rewind-2")) {
            List<JobResult> results = scenarios.outcomes().results(job);
            assertThat(results).as(job).hasSize(2);
            assertThat(results.get(0).attempt()).as(job + ": its answer").isNull();
            assertThat(results.get(0).status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(results.get(1).attempt()).as(job + ": the re-run").startsWith("rewind-");
            assertThat(results.get(1).image())
                    .as(job + ": same inputs and seed, same bytes")
                    .isEqualTo(results.get(0).image());
        }
    }

    @Test
    @Order(11)
    void aVerifierThatNeverPassesEndsEachJobAtTheRoundLimitWithOneResult() {
        FaultCount count = counted(scenarios.neverPasses());
        assertNothingLostOrRepeated(count);
        JobResult strict = onlyResult("never-strict");
        assertThat(strict.status()).isEqualTo(JobStatus.FAILED);
        assertThat(strict.reason()).contains("strict acceptance not met after 2 refine round(s)");
        JobResult bestEffort = onlyResult("never-best-effort");
        assertThat(bestEffort.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(bestEffort.verified()).isFalse();
        assertThat(bestEffort.rounds()).isEqualTo(2);
    }

    @Test
    @Order(12)
    void aTransientModelFailureCostsARetryNotAJob() throws Exception {
        for (Stage stage : List.of(Stage.DRAFT, Stage.VERIFIER, Stage.REFINER, Stage.UPSCALER)) {
            assertThat(http(stack.settings().httpPort(stage, 0), "/q/metrics"))
                    .as("retries of " + stage.label())
                    .containsPattern("plantain_stage_retries_total\\{stage=\"" + stage.label() + "\"} [1-9]");
        }
        COUNTS.add(FaultCount.total("model fails each job's first try (all above)", List.copyOf(COUNTS)));
    }

    private static FaultCount counted(FaultCount count) {
        COUNTS.add(count);
        return count;
    }

    private static void assertNothingLostOrRepeated(FaultCount count) {
        assertThat(count.lost()).as(count.scenario() + ": lost").isZero();
        assertThat(count.duplicates()).as(count.scenario() + ": duplicates").isZero();
        assertThat(count.results()).as(count.scenario() + ": results").isEqualTo(count.submitted());
    }

    /** Every job of the scenario whose id starts so succeeded, with one result and one record on upscale. */
    private static void assertEveryJobSucceededOnce(FaultCount count, String jobPrefix) {
        assertNothingLostOrRepeated(count);
        int checked = 0;
        for (String job : List.of("0", "1", "2", "3", "4", "5", "refine")) {
            if (scenarios.outcomes().results(jobPrefix + job).isEmpty()) {
                continue;
            }
            JobResult result = onlyResult(jobPrefix + job);
            assertThat(result.status())
                    .as(jobPrefix + job + ": " + result.reason())
                    .isEqualTo(JobStatus.SUCCEEDED);
            assertThat(scenarios.outcomes().upscales(jobPrefix + job)).hasSize(1);
            checked++;
        }
        assertThat(checked).as("jobs named " + jobPrefix + "*").isGreaterThanOrEqualTo(2);
    }

    private static JobResult onlyResult(String job) {
        List<JobResult> found = scenarios.outcomes().results(job);
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
