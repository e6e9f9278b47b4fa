package dev.plantain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.blob.store.LocalBlobStore;
import dev.plantain.cli.stack.FreePorts;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.cli.stack.ProcessLauncher;
import dev.plantain.cli.stack.ServiceLaunch;
import dev.plantain.cli.stack.StackSettings;
import dev.plantain.diffusion.FixtureExport;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.RoundRecord;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import dev.plantain.messages.TopicReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code diffusion} engines in the pipeline: a real broker and the five services as processes, the draft and
 * refiner stages running a fixture export that {@link FixtureExport} writes at test time. A wiring test: the fixture
 * draws seeded noise, not pictures, so it proves the plumbing (keys, loading, steps, progress events, inpainting
 * rounds, one result per job, seeded reproducibility through the stages, the start-up error of a wrong model
 * directory), never image quality.
 */
class DiffusionPipelineIT {

    private static final int DRAFT_STEPS = 4;
    private static final int REFINE_STEPS = 3;
    /** The fixture's native size: it draws 64x64 and the upscaler brings that to the requested 1024x1024. */
    private static final int NATIVE = FixtureExport.SAMPLE_SIZE * 8;

    private static final String FIRST = "diffusion-apple";
    private static final String SAME_AS_FIRST = "diffusion-apple-again";
    private static final String OTHER_SEED = "diffusion-apple-seed-8";
    private static final String OTHER_PROMPT = "diffusion-cats";
    private static final List<String> JOBS = List.of(FIRST, SAME_AS_FIRST, OTHER_SEED, OTHER_PROMPT);

    private static LocalStack stack;
    private static TopicReader results;
    private static TopicReader events;

    @BeforeAll
    static void startStackAndSubmit() {
        StackSettings settings = TestStacks.fresh("diffusion");
        Path export = settings.stateDir().resolve("fixture-export");
        FixtureExport.write(export);
        stack = LocalStack.start(
                settings,
                System.out,
                List.of(
                        "-Dplantain.draft.engine=diffusion",
                        "-Dplantain.draft.diffusion.model-dir=" + export,
                        "-Dplantain.draft.diffusion.steps=" + DRAFT_STEPS,
                        "-Dplantain.refiner.engine=diffusion",
                        "-Dplantain.refiner.diffusion.model-dir=" + export,
                        "-Dplantain.refiner.diffusion.steps=" + REFINE_STEPS,
                        "-Dplantain.refiner.diffusion.scheduler=ddim",
                        // the fixture steps in milliseconds: report every step, not one a second
                        "-Dplantain.stage.progress-interval=0"));
        String bootstrap = settings.bootstrap();
        send(bootstrap, FIRST, "a red apple on a table", 7);
        send(bootstrap, SAME_AS_FIRST, "a red apple on a table", 7);
        send(bootstrap, OTHER_SEED, "a red apple on a table", 8);
        send(bootstrap, OTHER_PROMPT, "two cats next to a blue car", 7);
        results = new TopicReader(bootstrap, Topic.RESULTS.name("plantain."));
        events = new TopicReader(bootstrap, Topic.EVENTS.name("plantain."));
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> JOBS.stream().allMatch(job -> !results.records(job).isEmpty()));
    }

    private static void send(String bootstrap, String jobId, String prompt, long seed) {
        TopicReader.send(bootstrap, Topic.REQUESTS.name("plantain."), jobId, """
                {"prompt":"%s","resolution":"1K","seed":%d,"maxRefineRounds":1}""".formatted(prompt, seed));
    }

    @AfterAll
    static void stopStack() {
        if (results != null) {
            results.close();
            events.close();
        }
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void everyJobEndsInExactlyOneSucceededResultAtTheRequestedSize() {
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> JOBS.stream().allMatch(job -> results.records(job).size() == 1));
        for (String job : JOBS) {
            JobResult result = only(job);
            assertThat(result.status()).as(job + ": " + result.reason()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(result.image().width()).isEqualTo(1024);
            assertThat(result.image().height()).isEqualTo(1024);
            // For the reader, not asserted: the milliseconds per stage with the fixture model.
            System.out.printf("%s: rounds %d, timings %s%n", job, result.rounds(), result.timings());
        }
    }

    @Test
    void theDraftIsTheModelsDrawingAtItsNativeSize() {
        for (String job : JOBS) {
            RoundRecord draft = only(job).history().get(0);
            assertThat(draft.candidate().width()).as(job).isEqualTo(NATIVE);
            assertThat(draft.candidate().height()).as(job).isEqualTo(NATIVE);
        }
    }

    @Test
    void failedChecksAreRepaintedByDiffusionInpainting() {
        List<String> refined = JOBS.stream()
                .map(DiffusionPipelineIT::only)
                .filter(r -> r.history().size() > 1)
                .flatMap(r -> r.history().get(1).changes().stream())
                .toList();
        assertThat(refined)
                .as("noise fails the verifier's checks, so each job gets its one refine round")
                .isNotEmpty()
                .allMatch(change -> change.contains("diffusion inpainting") || change.contains("left the image"));
        assertThat(refined).anyMatch(change -> change.contains("by diffusion inpainting"));
    }

    @Test
    void theDraftAndRefineStagesReportTheirStepsAsProgressEvents() {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(progress(FIRST, "draft"))
                        .extracting(JobEvent::detail)
                        .contains("step 1 of " + DRAFT_STEPS, "step " + DRAFT_STEPS + " of " + DRAFT_STEPS));
        assertThat(progress(FIRST, "draft"))
                .anySatisfy(e -> assertThat(List.of(e.step(), e.steps())).containsExactly(DRAFT_STEPS, DRAFT_STEPS));
        String refinedJob = JOBS.stream()
                .filter(job -> only(job).history().size() > 1)
                .findFirst()
                .orElseThrow();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(progress(refinedJob, "refiner"))
                        .as("the refiner's inpainting steps")
                        .extracting(JobEvent::detail)
                        .contains("step " + REFINE_STEPS + " of " + REFINE_STEPS));
    }

    @Test
    void theSameRequestAndSeedGiveTheSamePixels() {
        // Blobs are content-addressed: the same reference is the same PNG bytes.
        assertThat(only(SAME_AS_FIRST).history().get(0).candidate())
                .isEqualTo(only(FIRST).history().get(0).candidate());
        assertThat(last(SAME_AS_FIRST).candidate()).isEqualTo(last(FIRST).candidate());
        // The delivered PNGs differ in their text chunks (each job's own story); their pixels are the same.
        assertThat(pixels(only(SAME_AS_FIRST))).isEqualTo(pixels(only(FIRST)));
        assertThat(only(OTHER_SEED).history().get(0).candidate().blob())
                .isNotEqualTo(only(FIRST).history().get(0).candidate().blob());
        assertThat(only(OTHER_PROMPT).history().get(0).candidate().blob())
                .isNotEqualTo(only(FIRST).history().get(0).candidate().blob());
    }

    @Test
    void aModelDirectoryThatIsNotAnExportStopsTheServiceAtStartUpNamingTheKey() throws Exception {
        Path notAnExport = Files.createDirectories(stack.settings().stateDir().resolve("checkpoint"));
        Files.writeString(notAnExport.resolve("model.safetensors"), "weights in the wrong format");
        Path log = stack.settings().stateDir().resolve("logs/draft-refused.log");
        Process refused = ProcessLauncher.start(
                ServiceLaunch.command(
                        stack.settings(),
                        Stage.DRAFT,
                        FreePorts.one(),
                        List.of(
                                "-Dplantain.draft.engine=diffusion",
                                "-Dplantain.draft.diffusion.model-dir=" + notAnExport,
                                // its own group, so that its brief start takes no partition from the running stage
                                "-Dmp.messaging.incoming.draft.group.id=plantain-draft-refused")),
                log);

        assertThat(refused.waitFor(90, TimeUnit.SECONDS))
                .as("the service stops by itself")
                .isTrue();
        assertThat(refused.exitValue()).isNotZero();
        assertThat(Files.readString(log))
                .contains("plantain.draft.diffusion.model-dir (PLANTAIN_DRAFT_DIFFUSION_MODEL_DIR) is " + notAnExport
                        + ", which is not a Stable Diffusion export in Optimum's ONNX layout: missing"
                        + " tokenizer/vocab.json")
                .contains("found model.safetensors");
    }

    private static JobResult only(String job) {
        List<JobResult> found = results.values(job, JobResult.class);
        assertThat(found).as(job).hasSize(1);
        return found.get(0);
    }

    private static RoundRecord last(String job) {
        List<RoundRecord> history = only(job).history();
        return history.get(history.size() - 1);
    }

    private static int[] pixels(JobResult result) {
        byte[] png = new LocalBlobStore(stack.settings().blobDir())
                .get(result.image().blob());
        BufferedImage image = new ImageCodec(ImageCodec.DEFAULT_MAX_PIXELS).decode(png);
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static List<JobEvent> progress(String job, String stage) {
        return events.values(job, JobEvent.class).stream()
                .filter(e -> e.phase() == JobEvent.Phase.PROGRESS && e.stage().equals(stage))
                .toList();
    }
}
