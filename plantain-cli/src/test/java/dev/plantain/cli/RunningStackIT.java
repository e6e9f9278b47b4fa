package dev.plantain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.cli.CliRun.Run;
import dev.plantain.cli.jobs.RefineFixture;
import dev.plantain.cli.stack.FreePorts;
import dev.plantain.cli.stack.Readiness;
import dev.plantain.cli.stack.StackSettings;
import dev.plantain.messages.JobResult;
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
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** README's stack commands against one running stack: {@code up}, {@code submit}, {@code generate}, kcat, {@code down}. */
class RunningStackIT {

    private static StackSettings stack;
    private static int consolePort;

    @BeforeAll
    static void up() throws Exception {
        stack = TestStacks.fresh("up");
        consolePort = FreePorts.one();
        Run up = CliRun.plantain(stack, "up", "--console-port", String.valueOf(consolePort));
        assertThat(up.exit()).as(up.output()).isZero();
        assertThat(up.output())
                .contains("stack ready")
                .contains("console ready: http://localhost:" + consolePort + "/");
    }

    @AfterAll
    static void down() throws Exception {
        Run down = CliRun.plantain(stack, "down");
        assertThat(down.exit()).as(down.output()).isZero();
        assertThat(Readiness.portOpen(stack.kafkaPort())).isFalse();
    }

    @Test
    void submitPrintsTheJobIdAndTheJobRuns() throws Exception {
        Run submit = CliRun.plantain(stack, "submit", "a yellow banana", "--job-id", "cli-submit-1");
        assertThat(submit.exit()).as(submit.output()).isZero();
        assertThat(submit.output().trim()).endsWith("cli-submit-1");
        try (TopicReader results = new TopicReader(stack.bootstrap(), Topic.RESULTS.name("plantain."))) {
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> results.values("cli-submit-1", dev.plantain.messages.JobResult.class)
                                    .size()
                            == 1);
        }
    }

    @Test
    void generateUsesTheRunningStackAndTraceShowsTheJobsTimeline() throws Exception {
        Path out = stack.stateDir().resolve("cat.png");
        Run run = CliRun.plantain(
                stack,
                "generate",
                "a cat",
                "--resolution",
                "2K",
                "--aspect-ratio",
                "9:16",
                "--out",
                out.toString(),
                "--job-id",
                "cli-generate-1");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("starting Kafka").contains("upscaler  round 0 finished");
        assertThat(ImageIO.read(out.toFile()).getHeight()).isEqualTo(2048);
        assertThat(Readiness.portOpen(stack.kafkaPort())).isTrue();

        Run trace = CliRun.plantain(stack, "trace", "cli-generate-1");
        assertThat(trace.exit()).as(trace.output()).isZero();
        assertThat(trace.output()
                        .lines()
                        .map(line -> line.replaceAll("^\\s*[-+0-9]+ ms\\s+(\\S+).*", "$1"))
                        .distinct())
                .containsSubsequence("requests", "draft", "verify", "upscale", "results");
        assertThat(trace.output()).contains("planner round 0 finished").contains("SUCCEEDED sha256:");
    }

    @Test
    void theConsoleSubmitsFollowsOpensAndReplaysAJobInABrowser() {
        String console = "http://localhost:" + consolePort + "/";
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            WebDriver driver = browser.driver;
            driver.get(console);
            driver.findElement(By.id("prompt")).sendKeys(RefineFixture.PROMPT);
            driver.findElement(By.name("seed")).sendKeys(String.valueOf(RefineFixture.SEED));
            driver.findElement(By.id("submit-button")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("/jobs/console-"));
            String jobId =
                    driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);

            // The list, left open, shows the job and then its end without a reload (server-sent events).
            driver.get(console);
            browser.until(By.cssSelector("tr[data-job='" + jobId + "']"));
            browser.until(By.cssSelector("tr[data-job='" + jobId + "'] .status.succeeded"));

            driver.findElement(By.cssSelector("tr[data-job='" + jobId + "'] a.job-link"))
                    .click();
            browser.untilLoaded(By.id("final-image"));
            browser.untilLoaded(By.id("overlay-0"));
            assertThat(driver.findElement(By.id("plan-checks")).getText()).contains("count");
            assertThat(driver.findElements(By.cssSelector("#round-0 tr.check"))).isNotEmpty();

            new Select(driver.findElement(By.id("replay-stage"))).selectByVisibleText("verifier");
            driver.findElement(By.id("replay-button")).click();
            String attempt =
                    browser.until(By.cssSelector("#replay-notice code")).getText();
            assertThat(attempt).isNotBlank();
            browser.until(By.cssSelector("#replays tr.replay.succeeded"));
            assertThat(driver.findElement(By.id("replays")).getText())
                    .contains(attempt)
                    .contains("verifier");
        }
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyStageServesHealthAndPrometheusMetrics(Stage stage) throws Exception {
        int port = stack.httpPort(stage, 0);
        assertThat(http(port, "/q/health/live")).contains("\"UP\"");
        assertThat(http(port, "/q/health/ready"))
                .contains("\"UP\"")
                .as("the readiness check covers the Kafka channel of the stage's input")
                .contains("\"" + stage.input().suffix() + "\": \"[OK]\"");
        // A job whose draft fails verification, so it passes through all five stages.
        TopicReader.send(
                stack.bootstrap(),
                Topic.REQUESTS.name("plantain."),
                "metrics-" + stage.label(),
                "{\"prompt\":\"%s\",\"seed\":%d}".formatted(RefineFixture.PROMPT, RefineFixture.SEED));
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> http(port, "/q/metrics")
                        .contains(
                                "plantain_stage_jobs_out_total{outcome=\"finished\",stage=\"" + stage.label() + "\"}"));
        assertThat(http(port, "/q/metrics"))
                .contains("plantain_stage_jobs_in_total{stage=\"" + stage.label() + "\"}")
                .contains("plantain_stage_duration_seconds_bucket")
                .contains("kafka_consumer_fetch_manager_records_lag_max");
    }

    private static String http(int port, String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aStageIsRewoundOnlyWhileStoppedAndRunsAgainWhenStarted() throws Exception {
        Run refused = CliRun.plantain(stack, "rewind", "--stage", "draft", "--to-latest");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("draft is running").contains("plantain-draft");

        assertThat(CliRun.plantain(stack, "stop", "--stage", "draft").exit()).isZero();
        Run rewind = CliRun.plantain(stack, "rewind", "--stage", "draft", "--to-time", "2020-01-01T00:00:00Z");
        assertThat(rewind.exit()).as(rewind.output()).isZero();
        assertThat(rewind.output()).contains("plantain.draft-0: ").contains("rewound");
        Run latest = CliRun.plantain(stack, "rewind", "--stage", "draft", "--to-latest");
        assertThat(latest.exit()).as(latest.output()).isZero();

        Run start = CliRun.plantain(stack, "start", "--stage", "draft");
        assertThat(start.exit()).as(start.output()).isZero();
        Run generate = CliRun.plantain(
                stack,
                "generate",
                "a red apple",
                "--out",
                stack.stateDir().resolve("after.png").toString());
        assertThat(generate.exit()).as(generate.output()).isZero();
    }

    @Test
    void aRewoundStageMarksWhatItRunsAgainSoTheJobsAnswerStaysItsFirstResult() throws Exception {
        Instant before = Instant.now();
        Run generate = CliRun.plantain(
                stack,
                "generate",
                "a blue cup",
                "--job-id",
                "cli-rewind-1",
                "--out",
                stack.stateDir().resolve("rewind.png").toString());
        assertThat(generate.exit()).as(generate.output()).isZero();

        assertThat(CliRun.plantain(stack, "stop", "--stage", "draft").exit()).isZero();
        Run rewind = CliRun.plantain(stack, "rewind", "--stage", "draft", "--to-time", before.toString());
        assertThat(rewind.exit()).as(rewind.output()).isZero();
        String attempt = rewind.output()
                .lines()
                .filter(l -> l.startsWith("records read again carry attempt id "))
                .map(l -> l.substring("records read again carry attempt id ".length())
                        .split(":")[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("no attempt id printed: " + rewind.output()));
        assertThat(CliRun.plantain(stack, "start", "--stage", "draft").exit()).isZero();

        try (TopicReader results = new TopicReader(stack.bootstrap(), Topic.RESULTS.name("plantain."))) {
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> results.records("cli-rewind-1").size() == 2);
            List<JobResult> both = results.values("cli-rewind-1", JobResult.class);
            assertThat(both.get(0).attempt()).as("the job's answer").isNull();
            assertThat(both.get(1).attempt()).as("the re-run after the rewind").isEqualTo(attempt);
            assertThat(both.stream().filter(r -> r.attempt() == null)).hasSize(1);
            assertThat(both.get(1).image())
                    .as("same inputs and seed, same bytes")
                    .isEqualTo(both.get(0).image());
        }
    }

    @Test
    void aReplayedStageRunsAgainAndItsResultIsMarkedWithTheReplaysAttempt() throws Exception {
        Run generate = CliRun.plantain(
                stack,
                "generate",
                "two yellow bananas above a red apple",
                "--job-id",
                "cli-replay-1",
                "--out",
                stack.stateDir().resolve("replay.png").toString());
        assertThat(generate.exit()).as(generate.output()).isZero();

        Run replay = CliRun.plantain(stack, "replay", "--job", "cli-replay-1", "--stage", "draft");
        assertThat(replay.exit()).as(replay.output()).isZero();
        String attempt = replay.output()
                .lines()
                .filter(l -> l.startsWith("replay-"))
                .findFirst()
                .orElseThrow();

        try (TopicReader results = new TopicReader(stack.bootstrap(), Topic.RESULTS.name("plantain."))) {
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> results.records("cli-replay-1").size() == 2);
            List<JobResult> both = results.values("cli-replay-1", JobResult.class);
            assertThat(both.get(0).attempt()).isNull();
            assertThat(both.get(1).attempt()).isEqualTo(attempt);
            assertThat(both.get(1).image())
                    .as("same inputs and seed, same bytes")
                    .isEqualTo(both.get(0).image());
        }
        Run missing = CliRun.plantain(stack, "replay", "--job", "cli-replay-1", "--stage", "refiner");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.output()).contains("no record of job cli-replay-1 on plantain.refine");
    }

    @Test
    void benchGenEvalRunsThePromptsAsJobsThroughTheRunningStack() throws Exception {
        Path prompts = stack.stateDir().resolve("geneval_metadata.jsonl");
        Files.write(
                prompts,
                List.of(
                        "{\"tag\": \"single_object\", \"prompt\": \"a photo of a cow\"}",
                        "{\"tag\": \"single_object\", \"prompt\": \"a photo of a bicycle\"}",
                        "{\"tag\": \"counting\", \"prompt\": \"a photo of three apples\"}",
                        "{\"tag\": \"colors\", \"prompt\": \"a photo of a blue car\"}",
                        "{\"tag\": \"position\", \"prompt\": \"a photo of a dog left of a cat\"}"));

        Run bench = CliRun.plantain(stack, "bench-geneval", "--pipeline", "--prompts", prompts.toString());

        assertThat(bench.exit()).as(bench.output()).isZero();
        assertThat(bench.output())
                .doesNotContain("starting Kafka")
                .contains("GenEval prompts: 5 of 5", "jobs through the pipeline on Kafka (the running stack")
                .contains("5 jobs submitted, 5 results")
                .contains("| colors | 1 |", "| counting | 1 |", "| position | 1 |", "| single_object | 2 |")
                .contains("| **all** | 5 |");
    }

    @Test
    void benchLoadPushesJobsThroughTheRunningStackAndPrintsThroughputAndLatency() throws Exception {
        Run bench = CliRun.plantain(stack, "bench-load", "--jobs", "3");

        assertThat(bench.exit()).as(bench.output()).isZero();
        assertThat(bench.output())
                .doesNotContain("starting Kafka")
                .contains("load: 3 jobs at 1K on the running stack")
                .contains("jobs: 3, outcomes: {SUCCEEDED=3}")
                .containsPattern("throughput: [0-9.]+ jobs/min")
                .containsPattern("latency, request to result: p50 [0-9.]+ s, p99 [0-9.]+ s");
    }

    @Test
    void traceOfAnUnknownJobSaysSo() throws Exception {
        Run trace = CliRun.plantain(stack, "trace", "no-such-job");
        assertThat(trace.exit()).isEqualTo(1);
        assertThat(trace.output()).contains("no record of job no-such-job");
    }

    @Test
    void generateRefusesAnOutOfRangeOptionBeforeSubmitting() throws Exception {
        Run run = CliRun.plantain(stack, "generate", "a cat", "--max-rounds", "9");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output()).contains("maxRefineRounds").contains("allowed: 0 to 8");
    }

    @Test
    void anyKafkaClientCanSubmitAndReadResultsAsReadmeShowsWithKcat() throws Exception {
        Assumptions.assumeTrue(kcatInstalled(), "kcat is not installed (.ci/run installs it)");
        String broker = stack.bootstrap();
        Run produce = CliRun.run(
                List.of("kcat", "-P", "-b", broker, "-t", "plantain.requests", "-K:"),
                "job-42:{\"prompt\":\"three yellow bananas above a red apple\",\"resolution\":\"2K\",\"seed\":7}\n");
        assertThat(produce.exit()).as(produce.output()).isZero();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Run consume = CliRun.run(
                            List.of("kcat", "-C", "-b", broker, "-t", "plantain.results", "-K:", "-e", "-q"), null);
                    return consume.output()
                            .lines()
                            .anyMatch(line -> line.startsWith("job-42:") && line.contains("\"SUCCEEDED\""));
                });
    }

    private static boolean kcatInstalled() {
        try {
            return new ProcessBuilder("kcat", "-V").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
