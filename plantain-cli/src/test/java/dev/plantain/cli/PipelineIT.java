package dev.plantain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.blob.store.LocalBlobStore;
import dev.plantain.cli.CliRun.Run;
import dev.plantain.cli.jobs.RefineFixture;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.image.ImageCodec;
import dev.plantain.kafka.jobs.JobTimeline;
import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Json;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import dev.plantain.messages.TopicReader;
import dev.plantain.messages.TopicWriter;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline end to end: a real Kafka broker and the five services as separate processes, as
 * {@code ./plantain up} runs them, with jobs submitted by a plain Kafka client.
 */
class PipelineIT {

    private static LocalStack stack;
    private static TopicReader results;
    private static TopicReader deadLetters;

    /** A job, the request record sent for it, and what its result must show. */
    record Job(String id, String json) {}

    static final Job ONE_K = new Job("e2e-1k", """
            {"prompt":"a red apple","resolution":"1K","seed":1}""");
    static final Job TWO_K = new Job("e2e-2k", """
            {"prompt":"two cats and a dog","resolution":"2K","aspectRatio":"16:9","seed":2}""");
    static final Job FOUR_K = new Job("e2e-4k", """
            {"prompt":"a blue car to the left of a tree","resolution":"4K","aspectRatio":"16:9","seed":3}""");
    static final Job NEEDS_REFINE = new Job("e2e-refine", """
            {"prompt":"%s","resolution":"1K","seed":%d,"maxRefineRounds":3}""".formatted(RefineFixture.PROMPT, RefineFixture.SEED));
    /** Hebrew text: the verifier's OCR model has no Hebrew letters in its alphabet, so this check can never pass. */
    static final Job STRICT = new Job("e2e-strict", """
            {"prompt":"a sign that says \\"שלום\\"","resolution":"1K","seed":5,"maxRefineRounds":2,"acceptance":"strict"}""");

    static final Job MALFORMED = new Job("e2e-malformed", "{\"prompt\": \"a cat\", \"resolution\": ");
    static final Job OUT_OF_RANGE = new Job("e2e-range", """
            {"prompt":"a cat","maxRefineRounds":12}""");
    static final List<Job> JOBS = List.of(ONE_K, TWO_K, FOUR_K, NEEDS_REFINE, STRICT, MALFORMED, OUT_OF_RANGE);

    @BeforeAll
    static void startStackAndSubmit() {
        stack = LocalStack.start(TestStacks.fresh("pipeline"), System.out);
        String bootstrap = stack.settings().bootstrap();
        for (Job job : JOBS) {
            TopicReader.send(bootstrap, Topic.REQUESTS.name("plantain."), job.id(), job.json());
        }
        TopicReader.send(bootstrap, Topic.VERIFY.name("plantain."), "e2e-poison", "\u0000 not a record");
        results = new TopicReader(bootstrap, Topic.RESULTS.name("plantain."));
        deadLetters = new TopicReader(bootstrap, Topic.VERIFY.deadLetterName("plantain."));
        await().atMost(Duration.ofMinutes(6))
                .pollInterval(Duration.ofMillis(500))
                .until(() ->
                        JOBS.stream().allMatch(job -> !results.records(job.id()).isEmpty()));
    }

    @AfterAll
    static void stopStack() {
        if (results != null) {
            results.close();
            deadLetters.close();
        }
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void everyJobEndsInExactlyOneResult() {
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() ->
                        JOBS.stream().allMatch(job -> results.records(job.id()).size() == 1));
    }

    @Test
    void imagesHaveTheRequestedSize() {
        assertImage(ONE_K, 1024, 1024);
        assertImage(TWO_K, 2048, 1152);
        assertImage(FOUR_K, 4096, 2304);
    }

    @Test
    void aFailedCheckIsRefinedAndThenPasses() {
        JobResult result = only(NEEDS_REFINE);
        assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(result.rounds()).isGreaterThanOrEqualTo(1);
        assertThat(result.verified()).isTrue();
        assertThat(result.history().get(0).report().passed()).isFalse();
        assertThat(result.history().get(result.history().size() - 1).changes()).isNotEmpty();
    }

    @Test
    void aStrictJobThatCannotPassStopsAtTheRoundLimit() {
        JobResult result = only(STRICT);
        assertThat(result.status()).isEqualTo(JobStatus.FAILED);
        assertThat(result.reason()).contains("strict acceptance not met after 2 refine round(s)");
        assertThat(result.rounds()).isEqualTo(2);
        assertThat(result.history()).extracting(r -> r.round()).containsExactly(0, 1, 2);
    }

    @Test
    void malformedRequestsFailWithAReasonNamingTheField() {
        assertThat(only(MALFORMED).status()).isEqualTo(JobStatus.FAILED);
        assertThat(only(MALFORMED).reason()).contains("not JSON");
        assertThat(only(OUT_OF_RANGE).reason()).contains("maxRefineRounds").contains("allowed: 0 to 8");
    }

    @Test
    void anUndecodableInternalRecordGoesToTheDeadLetterTopicWithTheError() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !deadLetters.records("e2e-poison").isEmpty());
        ConsumerRecord<String, String> dead = deadLetters.records("e2e-poison").get(0);
        assertThat(TopicReader.header(dead, "dead-letter-reason")).contains("VerifyJob");
    }

    @Test
    void aThousandMalformedRequestsEachGetAFailedResultAndNoServiceRestarts() throws Exception {
        List<Long> pids = ProcessHandle.current()
                .descendants()
                .map(ProcessHandle::pid)
                .sorted()
                .toList();
        List<MalformedRequests.Request> bad = MalformedRequests.generate(1000, 42);
        try (TopicWriter writer = new TopicWriter(stack.settings().bootstrap())) {
            bad.forEach(r -> writer.send(Topic.REQUESTS.name("plantain."), r.key(), r.value()));
        }
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    results.poll();
                    return bad.stream().allMatch(r -> !results.seen(r.key()).isEmpty());
                });
        for (MalformedRequests.Request r : bad) {
            List<JobResult> found = results.seen(r.key()).stream()
                    .map(c -> Json.read(c.value(), JobResult.class))
                    .toList();
            assertThat(found).as("results of %s", r.key()).hasSize(1);
            assertThat(found.get(0).status()).isEqualTo(JobStatus.FAILED);
            assertThat(found.get(0).reason()).startsWith("bad request: ");
        }
        assertThat(ProcessHandle.current()
                        .descendants()
                        .map(ProcessHandle::pid)
                        .sorted()
                        .toList())
                .as("the same broker and service processes")
                .isEqualTo(pids);
    }

    @Test
    void oneTraceFollowsAJobThroughEveryStageIntoItsEventsLogsAndTrace() throws Exception {
        String trace = JobTimeline.traceId(results.records(NEEDS_REFINE.id()).get(0));
        assertThat(trace).as("the result record's traceparent header").matches("[0-9a-f]{32}");
        List<JobEvent> events;
        try (TopicReader reader = new TopicReader(stack.settings().bootstrap(), Topic.EVENTS.name("plantain."))) {
            events = reader.values(NEEDS_REFINE.id(), JobEvent.class);
        }
        assertThat(events)
                .extracting(JobEvent::stage)
                .containsOnly("planner", "draft", "verifier", "refiner", "upscaler")
                .contains("planner", "draft", "verifier", "refiner", "upscaler");
        assertThat(events).extracting(JobEvent::traceId).containsOnly(trace);

        Run cli = CliRun.plantain(stack.settings(), "trace", NEEDS_REFINE.id());
        assertThat(cli.exit()).as(cli.output()).isZero();
        assertThat(cli.output()).contains("trace id: " + trace);

        // The rejected requests log a line each: with their job id and the trace their result carries.
        List<String> logged = new ArrayList<>();
        for (Job job : List.of(MALFORMED, OUT_OF_RANGE)) {
            String jobTrace = JobTimeline.traceId(results.records(job.id()).get(0));
            try (Stream<String> lines =
                    Files.lines(stack.settings().stateDir().resolve("logs/planner-service-0.log"))) {
                lines.filter(line -> line.contains("[job=" + job.id() + "]")).forEach(logged::add);
            }
            assertThat(logged).isNotEmpty().allMatch(line -> line.contains("[trace=" + jobTrace + "]"));
            logged.clear();
        }
    }

    @Test
    void twoInstancesOfAStageShareItsPartitionsAndARebalanceUnderLoadLosesNoJob() throws Exception {
        String bootstrap = stack.settings().bootstrap();
        int first = stack.settings().httpPort(Stage.DRAFT, 0);
        int second = stack.settings().httpPort(Stage.DRAFT, 1);
        long firstBefore = StageProbe.jobsIn(first, Stage.DRAFT);
        stack.addInstance(Stage.DRAFT, System.out);
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> StageProbe.assignments(bootstrap, Stage.DRAFT), a -> a.size() == 2 && !a.contains(0));

        List<String> shared = submitScaleJobs("scale-shared-", 8);
        assertThat(shared.stream()
                        .map(id -> JobTimeline.partitionOf(id, stack.settings().partitions())))
                .as("the jobs' keys fall on both partitions")
                .containsOnly(0, 1)
                .contains(0, 1);
        awaitOneResultEach(shared);
        assertThat(StageProbe.jobsIn(first, Stage.DRAFT)).isGreaterThan(firstBefore);
        assertThat(StageProbe.jobsIn(second, Stage.DRAFT)).isPositive();

        List<String> flowing = submitScaleJobs("scale-rebalance-", 16);
        stack.addInstance(Stage.DRAFT, System.out);
        stack.stopInstance("draft-0");
        List<String> after = submitScaleJobs("scale-after-", 4);
        List<String> all = new ArrayList<>(flowing);
        all.addAll(after);
        awaitOneResultEach(all);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> all.stream().allMatch(id -> results.records(id).size() == 1));
        assertThat(all)
                .allMatch(id -> results.values(id, JobResult.class).get(0).status() == JobStatus.SUCCEEDED);
    }

    private static List<String> submitScaleJobs(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        try (TopicWriter writer = new TopicWriter(stack.settings().bootstrap())) {
            for (int i = 0; i < count; i++) {
                String id = prefix + i;
                writer.send(Topic.REQUESTS.name("plantain."), id, """
                        {"prompt":"a red apple","resolution":"1K","seed":%d,"maxRefineRounds":0}""".formatted(i));
                ids.add(id);
            }
        }
        return ids;
    }

    private static void awaitOneResultEach(List<String> ids) {
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> ids.stream().allMatch(id -> !results.records(id).isEmpty()));
    }

    private static JobResult only(Job job) {
        List<JobResult> found = results.values(job.id(), JobResult.class);
        assertThat(found).as("results of " + job.id()).hasSize(1);
        return found.get(0);
    }

    private static void assertImage(Job job, int width, int height) {
        JobResult result = only(job);
        assertThat(result.status()).as(job.id() + ": " + result.reason()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(result.image().width()).isEqualTo(width);
        assertThat(result.image().height()).isEqualTo(height);
        byte[] png = new LocalBlobStore(stack.settings().blobDir())
                .get(result.image().blob());
        BufferedImage image = new ImageCodec(ImageCodec.DEFAULT_MAX_PIXELS).decode(png);
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(result.timings()).containsKeys("plan", "draft", "verify#0", "upscale");
    }
}
