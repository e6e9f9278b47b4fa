package dev.plantain.stage;

import dev.plantain.messages.JobEvent;
import dev.plantain.messages.Json;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes a stage's progress on the {@code events} topic. A {@code started} event goes out at once, outside any
 * transaction and without waiting for the broker's answer, so progress shows while the work runs and the work does
 * not wait a round trip for it (a stage that crashed and ran again shows it twice; one that could not be sent is
 * logged, never retried at the job's cost); the {@code finished} and {@code failed} events go in the input's
 * transaction with the stage's output, exactly once.
 */
@ApplicationScoped
public class StageEvents {

    private static final Logger LOG = Logger.getLogger(StageEvents.class);

    @Inject
    @Channel("events")
    MutinyEmitter<String> events;

    public void started(String jobId, Stage stage, int round) {
        publish(new JobEvent(
                jobId, stage.label(), JobEvent.Phase.STARTED, round, System.currentTimeMillis(), 0, null, trace()));
    }

    /**
     * A progress event, sent at once like a started event: why the work is slow ("waiting for blob store, try 4,
     * next in 8 s") or how far it has come.
     *
     * @param step which step or try this is
     * @param etaMs milliseconds until the next step or try
     */
    public void progress(String jobId, Stage stage, int round, String detail, int step, long etaMs) {
        publish(new JobEvent(
                jobId,
                stage.label(),
                JobEvent.Phase.PROGRESS,
                round,
                System.currentTimeMillis(),
                0,
                detail,
                trace(),
                step,
                null,
                etaMs));
    }

    /**
     * A progress event of an engine working in steps ("step 12 of 30"), sent at once like a started event.
     *
     * @param step steps done
     * @param steps steps in all
     * @param etaMs milliseconds until the next step
     */
    public void stepped(String jobId, Stage stage, int round, String detail, int step, int steps, long etaMs) {
        publish(new JobEvent(
                jobId,
                stage.label(),
                JobEvent.Phase.PROGRESS,
                round,
                System.currentTimeMillis(),
                0,
                detail,
                trace(),
                step,
                steps,
                etaMs));
    }

    /** The finished event, in the input's transaction. */
    public void finished(RecordContext in, String jobId, Stage stage, int round, long startedAt, String detail) {
        long now = System.currentTimeMillis();
        in.send(
                Topic.EVENTS,
                jobId,
                new JobEvent(
                        jobId, stage.label(), JobEvent.Phase.FINISHED, round, now, now - startedAt, detail, trace()));
    }

    /** The failed event, in the input's transaction. */
    public void failed(RecordContext in, String jobId, Stage stage, int round, long startedAt, String reason) {
        long now = System.currentTimeMillis();
        in.send(
                Topic.EVENTS,
                jobId,
                new JobEvent(
                        jobId, stage.label(), JobEvent.Phase.FAILED, round, now, now - startedAt, reason, trace()));
    }

    private void publish(JobEvent event) {
        events.sendMessage(TraceContext.carry(Message.of(Json.write(event))
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                                .withKey(event.jobId())
                                .build())))
                .subscribe()
                .with(
                        sent -> {},
                        e -> LOG.warnf(
                                "%s event of job %s in %s not sent: %s",
                                event.phase().label(), event.jobId(), event.stage(), e));
    }

    /** The job's trace id, so a dashboard can open the job's trace from its progress. */
    private static String trace() {
        return TraceContext.traceId();
    }
}
