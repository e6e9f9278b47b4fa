package dev.plantain.stage;

import dev.plantain.messages.Stage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * A stage's Prometheus metrics (at {@code /q/metrics}): jobs in and out, time per job as a histogram, verdicts and
 * rounds per job. Kafka's own client metrics, consumer lag among them, are exported beside these.
 */
@ApplicationScoped
public class StageMetrics {

    @Inject
    MeterRegistry registry;

    /** A job's record taken in by a stage. */
    public void received(Stage stage) {
        Counter.builder("plantain.stage.jobs.in")
                .description("Job records a stage took in")
                .tag("stage", stage.label())
                .register(registry)
                .increment();
    }

    /** A stage's work on a job done and its output sent. */
    public void finished(Stage stage, long millis) {
        out(stage, "finished", millis);
    }

    /** A job failed in a stage (a FAILED result sent). */
    public void failed(Stage stage, long millis) {
        out(stage, "failed", millis);
    }

    /** A stage's work on a job failed and is tried again. */
    public void retried(Stage stage) {
        Counter.builder("plantain.stage.retries")
                .description("Attempts at a job's work that failed and were tried again")
                .tag("stage", stage.label())
                .register(registry)
                .increment();
    }

    /** A verifier verdict. */
    public void verdict(boolean passed) {
        Counter.builder("plantain.verify.verdicts")
                .description("Candidates verified, by verdict")
                .tag("passed", String.valueOf(passed))
                .register(registry)
                .increment();
    }

    /** The refine rounds a job used, recorded when its final candidate is chosen. */
    public void rounds(int rounds) {
        DistributionSummary.builder("plantain.job.rounds")
                .description("Refine rounds per job")
                .publishPercentileHistogram()
                .register(registry)
                .record(rounds);
    }

    private void out(Stage stage, String outcome, long millis) {
        Counter.builder("plantain.stage.jobs.out")
                .description("Job records a stage finished with, by outcome")
                .tag("stage", stage.label())
                .tag("outcome", outcome)
                .register(registry)
                .increment();
        Timer.builder("plantain.stage.duration")
                .description("Time a stage spent on one job record")
                .tag("stage", stage.label())
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofMillis(millis));
    }
}
