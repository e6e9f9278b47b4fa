package dev.plantain.stage;

import dev.plantain.image.ImageDecodeException;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.Json;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import dev.plantain.messages.UndecodableRecordException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs one job's work in a stage: the job id in every log line, started/finished events, retries of failed work,
 * and a failure that outlasts them turned into the job's one FAILED result, so that no job is lost and the channel
 * keeps flowing.
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
            String detail = retrying(in, stage, request.jobId(), work);
            events.finished(in, request.jobId(), stage, round, start, detail);
            metrics.finished(stage, System.currentTimeMillis() - start);
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

    private String retrying(RecordContext in, Stage stage, String jobId, Supplier<String> work) {
        long backoff = config.retry().backoff().toMillis();
        for (int tried = 1; ; tried++) {
            int mark = in.mark();
            try {
                faults.transientFailure(stage, jobId);
                return work.get();
            } catch (ImageDecodeException e) {
                in.discardFrom(mark);
                throw e;
            } catch (RuntimeException e) {
                in.discardFrom(mark);
                if (tried >= config.retry().attempts()) {
                    throw e;
                }
                LOG.warnf(
                        "attempt %d of %d failed, retrying in %d ms: %s",
                        tried, config.retry().attempts(), backoff, e);
                metrics.retried(stage);
                pause(backoff);
                backoff *= 2;
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
}
