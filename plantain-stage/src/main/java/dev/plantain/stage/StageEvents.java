package dev.plantain.stage;

import dev.plantain.messages.JobEvent;
import dev.plantain.messages.Stage;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes a stage's progress on the {@code events} topic. */
@ApplicationScoped
public class StageEvents {

    @Inject
    @Channel("events")
    MutinyEmitter<String> events;

    public void started(String jobId, Stage stage, int round) {
        publish(new JobEvent(jobId, stage.label(), JobEvent.Phase.STARTED, round, System.currentTimeMillis(), 0, null));
    }

    public void finished(String jobId, Stage stage, int round, long startedAt, String detail) {
        long now = System.currentTimeMillis();
        publish(new JobEvent(jobId, stage.label(), JobEvent.Phase.FINISHED, round, now, now - startedAt, detail));
    }

    public void failed(String jobId, Stage stage, int round, long startedAt, String reason) {
        long now = System.currentTimeMillis();
        publish(new JobEvent(jobId, stage.label(), JobEvent.Phase.FAILED, round, now, now - startedAt, reason));
    }

    private void publish(JobEvent event) {
        Outbox.send(events, event.jobId(), event);
    }
}
