package dev.plantain.bench.faults;

import dev.plantain.blob.BlobRef;
import dev.plantain.blob.store.LocalBlobStore;
import dev.plantain.cli.PlantainCli;
import dev.plantain.cli.jobs.RefineFixture;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.cli.stack.PipelineLog;
import dev.plantain.messages.ImageRef;
import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Json;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import dev.plantain.messages.UpscaleJob;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The fault scenarios, run one after another on one stack: each submits jobs, injects its fault while they flow,
 * waits for every job's result and counts results, FAILED, duplicates and lost. {@code ./plantain faults} prints the
 * counts; {@code FaultsIT} asserts on them.
 */
final class FaultScenarios implements AutoCloseable {

    /**
     * The services' fault settings: every model fails its first try at each job (a retry, 100 ms later, succeeds),
     * and a killed stage's partitions move on after 10 s rather than 45 s.
     */
    static final List<String> SERVICE_ARGS = List.of(
            "-Dplantain.faults.transient-failures=1",
            "-Dplantain.retry.backoff=100ms",
            "-Dkafka.session.timeout.ms=10000",
            // Tries during an outage at most 4 s apart, so a job goes on within seconds of its dependency's return.
            "-Dplantain.outage.max-backoff=4s");

    /** The services' arguments: {@link #SERVICE_ARGS} and the loopback model servers every job's work calls. */
    static List<String> serviceArgs(FlakyModelServer models) {
        List<String> args = new ArrayList<>(SERVICE_ARGS);
        args.addAll(models.serviceArgs());
        return args;
    }

    static final String KILLED = "stage killed (SIGKILL), restarted";
    static final String BROKER = "broker restarted";
    static final String POISON = "poison record on every topic";
    /** How long the blob store stays away: longer than a stage's retries in these services (100 ms, then 200 ms). */
    static final Duration OUTAGE = Duration.ofSeconds(4);

    static final String BLOB_OUTAGE = "blob store unavailable for " + OUTAGE.toSeconds() + " s";
    static final Duration LONG_OUTAGE = Duration.ofSeconds(60);
    static final String LONG_BLOB_OUTAGE = "blob store unavailable for " + LONG_OUTAGE.toSeconds() + " s";
    static final Duration MODEL_UNAVAILABLE = Duration.ofSeconds(30);
    static final Duration MODEL_THROTTLED = Duration.ofSeconds(8);
    static final String MODEL_OUTAGE = "model 503 " + MODEL_UNAVAILABLE.toSeconds() + " s, then 429 + Retry-After";
    static final Duration BROKER_AWAY = Duration.ofSeconds(30);
    static final String BROKER_OUTAGE = "broker gone " + BROKER_AWAY.toSeconds() + " s";
    static final Duration OVERLONG_UNAVAILABLE = Duration.ofSeconds(25);
    static final String OVERLONG = "model gone " + OVERLONG_UNAVAILABLE.toSeconds() + " s, max-wait "
            + FlakyModelServer.OVERLONG_MAX_WAIT.toSeconds() + " s";
    static final String PERMANENT = "permanent: refused prompt, corrupt and missing blob";
    static final String OVERSIZED = "oversized image at verifier/refiner/upscaler";
    static final String REWOUND = "draft rewound over finished jobs";
    static final String NEVER_PASSES = "verifier that never passes (strict, best-effort)";

    static final Duration RESULTS_WITHIN = Duration.ofMinutes(3);

    private final LocalStack stack;
    private final PrintStream log;
    private final String prefix;
    private final JobOutcomes outcomes;
    private final PipelineLog events;
    private final FaultJobs inputs;

    private final FlakyModelServer models;

    FaultScenarios(LocalStack stack, FlakyModelServer models, PrintStream log) {
        this.stack = stack;
        this.models = models;
        this.log = log;
        this.prefix = stack.settings().topicPrefix();
        String bootstrap = stack.settings().bootstrap();
        outcomes = new JobOutcomes(bootstrap, prefix);
        events = new PipelineLog(bootstrap, Topic.EVENTS.name(prefix));
        inputs = new FaultJobs(bootstrap, prefix);
    }

    /** Every scenario in order. */
    List<FaultCount> all() throws Exception {
        return List.of(
                killedStage(),
                brokerRestart(),
                poisonRecords(),
                blobOutage(),
                longOutages().get(0),
                longOutages().get(1),
                brokerGone(),
                overlongOutage(),
                permanentErrors(),
                oversizedImages(),
                rewoundStage(),
                neverPasses());
    }

    JobOutcomes outcomes() {
        return outcomes;
    }

    /** The verifier killed with SIGKILL while working on a job, then started again. */
    FaultCount killedStage() throws Exception {
        List<String> jobs = inputs.submit("kill", 6);
        awaitStarted(jobs, Stage.VERIFIER);
        ProcessHandle verifier = ProcessHandle.of(stack.processes().get(Stage.VERIFIER.label() + "-0"))
                .orElseThrow();
        verifier.destroyForcibly();
        verifier.onExit().get();
        stack.stopStage(Stage.VERIFIER);
        stack.startStages(List.of(Stage.VERIFIER), log);
        return outcomes.await(KILLED, jobs, RESULTS_WITHIN);
    }

    /** The broker stopped and started again while jobs are being drafted. */
    FaultCount brokerRestart() {
        List<String> jobs = inputs.submit("broker", 6);
        awaitStarted(jobs, Stage.DRAFT);
        stack.restartBroker();
        return outcomes.await(BROKER, jobs, RESULTS_WITHIN);
    }

    /**
     * A record that is not JSON on every consumed topic: the request gets a FAILED result, the internal ones go to
     * their dead-letter topics; then jobs, one of them refined, flow through every stage.
     */
    FaultCount poisonRecords() {
        inputs.send(Topic.REQUESTS, "poison-requests", "\u0000\u0001 not json");
        for (Topic topic : List.of(Topic.DRAFT, Topic.VERIFY, Topic.REFINE, Topic.UPSCALE)) {
            inputs.send(topic, "poison-" + topic.suffix(), "\u0000 not a record");
        }
        List<String> jobs = new ArrayList<>(inputs.submit("after-poison", 2));
        inputs.send(Topic.REQUESTS, "after-poison-refine", FaultJobs.request(RefineFixture.PROMPT, RefineFixture.SEED));
        jobs.addAll(List.of("after-poison-refine", "poison-requests"));
        return outcomes.await(POISON, jobs, RESULTS_WITHIN);
    }

    /** The blob store taken away for {@link #OUTAGE} while jobs are mid-flow, then jobs submitted after it is back. */
    FaultCount blobOutage() {
        List<String> jobs = new ArrayList<>(inputs.submit("blob", 4));
        awaitStarted(jobs, Stage.VERIFIER);
        try (BlobOutage outage = BlobOutage.begin(stack.settings().blobDir())) {
            long back = System.nanoTime() + OUTAGE.toNanos();
            while (System.nanoTime() < back) {
                outcomes.poll();
            }
        }
        jobs.addAll(inputs.submit("after-blob", 2));
        return outcomes.await(BLOB_OUTAGE, jobs, RESULTS_WITHIN);
    }

    private List<FaultCount> longOutages;

    /**
     * Two outages at once, to keep the run short: the blob store gone for {@link #LONG_OUTAGE} while jobs are
     * mid-flow (one at the verifier), and the model server answering 503 for {@link #MODEL_UNAVAILABLE} and then 429
     * with Retry-After from the moment the blob store returns, with jobs submitted while the blob store is away. Each stage calls the model server before the blob store, so
     * both sets of jobs wait for both; every job succeeds, counted once each.
     */
    List<FaultCount> longOutages() {
        if (longOutages != null) {
            return longOutages;
        }
        List<String> blobJobs = inputs.submit("blob60", 4);
        awaitStarted(blobJobs, Stage.VERIFIER);
        List<String> modelJobs;
        try (BlobOutage outage = BlobOutage.begin(stack.settings().blobDir())) {
            modelJobs = inputs.submit("model", 4);
            long back = System.nanoTime() + LONG_OUTAGE.toNanos();
            while (System.nanoTime() < back) {
                outcomes.poll();
            }
        }
        // The stages held their input while the blob store was away, so the model jobs meet the model server only
        // now: its outage begins as the blob store returns (begun earlier, it could end before any job reached it).
        models.outage(FlakyModelServer.MODEL, MODEL_UNAVAILABLE, MODEL_THROTTLED);
        longOutages = List.of(
                outcomes.await(LONG_BLOB_OUTAGE, blobJobs, RESULTS_WITHIN),
                outcomes.await(MODEL_OUTAGE, modelJobs, RESULTS_WITHIN));
        return longOutages;
    }

    /** The broker stopped for {@link #BROKER_AWAY} while jobs are being drafted, then started again. */
    FaultCount brokerGone() {
        List<String> jobs = inputs.submit("broker30", 4);
        awaitStarted(jobs, Stage.DRAFT);
        stack.stopBroker();
        long back = System.nanoTime() + BROKER_AWAY.toNanos();
        while (System.nanoTime() < back) {
            outcomes.poll();
        }
        stack.startBroker();
        return outcomes.await(BROKER_OUTAGE, jobs, RESULTS_WITHIN);
    }

    /**
     * A model server gone for {@link #OVERLONG_UNAVAILABLE}, longer than its max-wait: the jobs that meet it fail
     * naming it; jobs submitted after it is back succeed.
     */
    FaultCount overlongOutage() {
        models.outage(FlakyModelServer.OVERLONG, OVERLONG_UNAVAILABLE, Duration.ZERO);
        long back = System.nanoTime() + OVERLONG_UNAVAILABLE.toNanos();
        List<String> jobs = new ArrayList<>(inputs.submit("overlong", 4));
        while (System.nanoTime() < back) {
            outcomes.poll();
        }
        jobs.addAll(inputs.submit("after-overlong", 2));
        return outcomes.await(OVERLONG, jobs, RESULTS_WITHIN);
    }

    /**
     * Errors no wait can fix fail their job at once, with the reason: a prompt the model server refuses (400), a
     * candidate whose blob is corrupt, and one whose blob was never stored; jobs after them succeed.
     */
    FaultCount permanentErrors() {
        UpscaleJob template = template();
        LocalBlobStore blobs = new LocalBlobStore(stack.settings().blobDir());
        ImageRef corrupted = new ImageRef(blobs.put(bytes("not an image at all")), 1024, 1024);
        ImageRef missing = new ImageRef(BlobRef.of(bytes("never stored")), 1024, 1024);
        List<String> jobs = new ArrayList<>(inputs.submit("refused", 1));
        for (Map.Entry<String, ImageRef> bad :
                Map.of("corrupt-blob", corrupted, "missing-blob", missing).entrySet()) {
            inputs.send(
                    Topic.UPSCALE,
                    bad.getKey(),
                    Json.write(OversizedImage.record(Stage.UPSCALER, bad.getKey(), template, bad.getValue())));
            jobs.add(bad.getKey());
        }
        jobs.addAll(inputs.submit("after-permanent", 2));
        return outcomes.await(PERMANENT, jobs, RESULTS_WITHIN);
    }

    /**
     * A 64-megapixel PNG (three times the services' default limit) handed to the verifier, the refiner and the
     * upscaler as a job's image; then jobs submitted after it.
     */
    FaultCount oversizedImages() {
        UpscaleJob template = template();
        byte[] png = OversizedImage.png(8000, 8000);
        ImageRef image = new ImageRef(new LocalBlobStore(stack.settings().blobDir()).put(png), 8000, 8000);
        List<String> jobs = new ArrayList<>();
        for (Stage stage : List.of(Stage.VERIFIER, Stage.REFINER, Stage.UPSCALER)) {
            String job = "oversized-" + stage.label();
            inputs.send(stage.input(), job, Json.write(OversizedImage.record(stage, job, template, image)));
            jobs.add(job);
        }
        jobs.addAll(inputs.submit("after-oversized", 2));
        return outcomes.await(OVERSIZED, jobs, RESULTS_WITHIN);
    }

    /**
     * Jobs run to their results; then the draft stage is stopped, rewound (`./plantain rewind`) to before them and
     * started again, so it reads their records a second time: each job gets one re-run, marked with the rewind's
     * attempt id, and still one answer.
     */
    FaultCount rewoundStage() {
        Instant before = Instant.now();
        List<String> jobs = inputs.submit("rewind", 3);
        outcomes.await("rewind, first run", jobs, RESULTS_WITHIN);
        stack.stopStage(Stage.DRAFT);
        int exit = new CommandLine(new PlantainCli())
                .execute(
                        "rewind",
                        "--stage",
                        Stage.DRAFT.label(),
                        "--to-time",
                        before.toString(),
                        "--bootstrap-server",
                        stack.settings().bootstrap(),
                        "--topic-prefix",
                        prefix);
        if (exit != 0) {
            throw new IllegalStateException("./plantain rewind exited with " + exit);
        }
        stack.startStages(List.of(Stage.DRAFT), log);
        return outcomes.await(REWOUND, jobs, RESULTS_WITHIN, true);
    }

    /**
     * Jobs whose text the verifier can never read (Hebrew: the OCR model's alphabet has none of its letters), once
     * strict and once best-effort: the refine loop stops at the round limit, with one result each.
     */
    FaultCount neverPasses() {
        for (String acceptance : List.of("strict", "best-effort")) {
            inputs.send(
                    Topic.REQUESTS,
                    "never-" + acceptance,
                    ("{\"prompt\":\"a sign that says \\\"\u05e9\u05dc\u05d5\u05dd\\\"\",\"resolution\":\"1K\","
                                    + "\"seed\":5,\"maxRefineRounds\":2,\"acceptance\":\"%s\"}")
                            .formatted(acceptance));
        }
        return outcomes.await(NEVER_PASSES, List.of("never-strict", "never-best-effort"), RESULTS_WITHIN);
    }

    private UpscaleJob template;

    /** A job record that reached the upscaler, as the template of the oversized images' records. */
    private UpscaleJob template() {
        if (template == null) {
            template = firstTemplate();
        }
        return template;
    }

    private UpscaleJob firstTemplate() {
        String job = "oversized-template";
        inputs.send(Topic.REQUESTS, job, FaultJobs.request("a red apple", 1));
        outcomes.await("template", List.of(job), RESULTS_WITHIN);
        if (outcomes.results(job).isEmpty()
                || outcomes.results(job).get(0).status() != JobStatus.SUCCEEDED
                || outcomes.upscales(job).isEmpty()) {
            throw new IllegalStateException("the template job did not succeed: " + outcomes.results(job));
        }
        return Json.read(outcomes.upscales(job).get(0), UpscaleJob.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What the progress events of these jobs reported, read to the end of the log. */
    List<String> progressOf(List<String> jobs) {
        return jobs.stream().flatMap(job -> progress(job).stream()).toList();
    }

    /** What the job's progress events reported ("waiting for model server, try 2, next in 3 s"), read to the end of the log. */
    List<String> progress(String job) {
        events.catchUp();
        return events.seen(job).stream()
                .map(r -> Json.read(r.value(), JobEvent.class))
                .filter(e -> e.phase() == JobEvent.Phase.PROGRESS)
                .map(JobEvent::detail)
                .toList();
    }

    /** Waits until one of the jobs has started at the stage, so that a fault lands mid-flow. */
    private void awaitStarted(List<String> jobs, Stage stage) {
        awaitStarted(events, jobs, stage);
    }

    /** Waits until the events show one of the jobs started at the stage. */
    static void awaitStarted(PipelineLog events, List<String> jobs, Stage stage) {
        long deadline = System.nanoTime() + RESULTS_WITHIN.toNanos();
        while (jobs.stream().noneMatch(job -> started(events, job, stage))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no job of " + jobs + " started at the " + stage.label());
            }
            events.poll();
        }
    }

    private static boolean started(PipelineLog events, String job, Stage stage) {
        return events.seen(job).stream()
                .map(r -> Json.read(r.value(), JobEvent.class))
                .anyMatch(e -> e.stage().equals(stage.label()) && e.phase() == JobEvent.Phase.STARTED);
    }

    @Override
    public void close() {
        inputs.close();
        events.close();
        outcomes.close();
    }
}
