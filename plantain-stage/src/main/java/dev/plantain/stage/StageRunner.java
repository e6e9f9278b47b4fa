package dev.plantain.stage;

import dev.plantain.failure.DependencyFailure;
import dev.plantain.image.ImageDecodeException;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.Json;
import dev.plantain.messages.Stage;
import dev.plantain.messages.StepProgress;
import dev.plantain.messages.Topic;
import dev.plantain.messages.UndecodableRecordException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs one job's work in a stage: the job id in every log line, started/finished events, retries of failed work,
 * and a failure that outlasts them turned into the job's one FAILED result, so that no job is lost and the channel
 * keeps flowing. A dependency's transient failure is waited out ({@link Dependencies}) with the input paused; a
 * permanent one fails the job at once; an unclassified error gets {@code plantain.retry.*}'s few quick retries.
 */
@ApplicationScoped
public class StageRunner {

    private static final Logger LOG = Logger.getLogger(StageRunner.class);

    @Inject
    StageEvents events;

    @Inject
    StageMetrics metrics;

    @Inject
    StageConfig config;

    @Inject
    FaultInjection faults;

    @Inject
    Dependencies dependencies;

    @Inject
    InputPause pause;

    /**
     * Reads an internal topic's record; an unreadable one, or one whose key is not its job id, throws
     * {@link UndecodableRecordException}, which {@link Outbox} sends to the dead-letter topic.
     */
    public static <T> T decode(
            ConsumerRecord<String, String> record, Class<T> type, java.util.function.Function<T, String> jobId) {
        T value = Json.read(record.value(), type);
        if (record.key() != null && !record.key().equals(jobId.apply(value))) {
            throw new UndecodableRecordException("record key '" + record.key() + "' is not the job id '"
                    + jobId.apply(value) + "' of its " + type.getSimpleName());
        }
        return value;
    }

    /**
     * What an engine that works in steps tells as it goes: {@code progress} events of this job ("step 12 of 30"), at
     * most one per {@code plantain.stage.progress-interval}.
     */
    public StepProgress steps(String jobId, Stage stage, int round) {
        return new StepEvents(
                config.stage().progressInterval().toMillis(),
                System::currentTimeMillis,
                (detail, step, steps, etaMs) -> events.stepped(jobId, stage, round, detail, step, steps, etaMs));
    }

    /**
     * @param attempt the run's attempt id (null for a job's first run), for a FAILED result
     * @param work does the stage's work and sends its output; returns a short outcome for the finished event. It is
     *     tried again (up to {@code plantain.retry.attempts}) when it throws, its partial output dropped first
     */
    public void run(
            RecordContext in, Stage stage, JobRequest request, int round, String attempt, Supplier<String> work) {
        MDC.put("jobId", request.jobId());
        long start = System.currentTimeMillis();
        metrics.received(stage);
        try {
            events.started(request.jobId(), stage, round);
            String detail = retrying(in, stage, request.jobId(), round, work);
            events.finished(in, request.jobId(), stage, round, start, detail);
            metrics.finished(stage, System.currentTimeMillis() - start);
        } catch (JobFailure e) {
            fail(in, stage, request, round, attempt, start, e.getMessage());
        } catch (ImageDecodeException e) {
            fail(
                    in,
                    stage,
                    request,
                    round,
                    attempt,
                    start,
                    "image refused by " + stage.label() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "internal error in %s", stage.label());
            fail(in, stage, request, round, attempt, start, "internal error in " + stage.label() + ": " + e);
        } finally {
            MDC.remove("jobId");
        }
    }

    private String retrying(RecordContext in, Stage stage, String jobId, int round, Supplier<String> work) {
        long backoff = config.retry().backoff().toMillis();
        int unclassified = 0;
        int waited = 0;
        Set<TopicPartition> paused = null;
        try {
            while (true) {
                int mark = in.mark();
                try {
                    faults.transientFailure(stage, jobId);
                    faults.callModels(stage, jobId);
                    String detail = work.get();
                    dependencies.answered();
                    return detail;
                } catch (ImageDecodeException e) {
                    in.discardFrom(mark);
                    throw e;
                } catch (RuntimeException e) {
                    in.discardFrom(mark);
                    DependencyFailure failure = DependencyFailures.find(e);
                    if (failure == null) {
                        unclassified++;
                        if (unclassified >= config.retry().attempts()) {
                            throw e;
                        }
                        LOG.warnf(
                                "attempt %d of %d failed, retrying in %d ms: %s",
                                unclassified, config.retry().attempts(), backoff, e);
                        metrics.retried(stage);
                        pause(backoff);
                        backoff *= 2;
                        continue;
                    }
                    if (!failure.isTransient()) {
                        throw new JobFailure(
                                stage.label() + " cannot use " + failure.dependency() + ": " + failure.getMessage());
                    }
                    waited++;
                    Outage.Verdict verdict = dependencies.failed(failure, waited);
                    if (verdict.givesUp()) {
                        throw new JobFailure(verdict.reason());
                    }
                    if (paused == null) {
                        paused = pause.pause(in.channel());
                    }
                    LOG.warnf(
                            "%s is away (try %d), trying again in %s: %s",
                            failure.dependency(), waited, Durations.words(verdict.delay()), failure.getMessage());
                    events.progress(
                            jobId,
                            stage,
                            round,
                            "waiting for " + failure.dependency().replace('-', ' ') + ", try " + waited + ", next in "
                                    + Durations.words(verdict.delay()),
                            waited,
                            verdict.delay().toMillis());
                    pause(verdict.delay().toMillis());
                }
            }
        } finally {
            if (paused != null) {
                pause.resume(in.channel(), paused);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    /** Ends the job with a FAILED result. */
    public void fail(
            RecordContext in, Stage stage, JobRequest request, int round, String attempt, long start, String reason) {
        LOG.infof("job failed: %s", reason);
        metrics.failed(stage, System.currentTimeMillis() - start);
        in.send(Topic.RESULTS, request.jobId(), JobResult.failed(request.jobId(), reason, request.labels(), attempt));
        events.failed(in, request.jobId(), stage, round, start, reason);
    }

    /** The job's one FAILED result is due, for this reason. */
    private static final class JobFailure extends RuntimeException {

        JobFailure(String reason) {
            super(reason, null, false, false);
        }
    }
}
