package dev.plantain.planner.service;

import dev.plantain.kafka.Replays;
import dev.plantain.messages.DraftJob;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.RequestParser;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Timings;
import dev.plantain.messages.Topic;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.ScenePlanner;
import dev.plantain.stage.Outbox;
import dev.plantain.stage.RecordContext;
import dev.plantain.stage.StageEvents;
import dev.plantain.stage.StageMetrics;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** Reads requests, plans them, and sends the plan on to be drafted; a request it cannot take becomes a FAILED result. */
@ApplicationScoped
public class PlannerProcessor {

    @Inject
    Outbox outbox;

    private static final Logger LOG = Logger.getLogger(PlannerProcessor.class);

    @Inject
    ScenePlanner planner;

    @Inject
    StageEvents events;

    @Inject
    StageMetrics metrics;

    @Incoming("requests")
    @Blocking
    public Uni<Void> process(Message<String> message) {
        return outbox.process(message, Topic.REQUESTS, in -> {
            ConsumerRecord<String, String> record = in.record();
            RequestParser.Parsed parsed = RequestParser.parse(
                    record.key(), record.value(), "unkeyed-" + record.partition() + "-" + record.offset());
            MDC.put("jobId", parsed.jobId());
            metrics.received(Stage.PLANNER);
            String attempt = Replays.attempt(record);
            try {
                if (!parsed.ok()) {
                    LOG.infof("rejected: %s", parsed.reason());
                    metrics.failed(Stage.PLANNER, 0);
                    in.send(
                            Topic.RESULTS,
                            parsed.jobId(),
                            JobResult.failed(parsed.jobId(), parsed.reason(), Map.of(), attempt));
                    return;
                }
                plan(in, parsed.request(), attempt);
            } finally {
                MDC.remove("jobId");
            }
        });
    }

    private void plan(RecordContext in, JobRequest request, String attempt) {
        long start = System.currentTimeMillis();
        events.started(request.jobId(), Stage.PLANNER, 0);
        ScenePlan plan;
        try {
            plan = planner.plan(
                    request.prompt(), request.nativeWidth(), request.nativeHeight(), request.effectiveSeed());
        } catch (IllegalArgumentException e) {
            fail(in, request, attempt, start, "cannot plan the prompt: " + e.getMessage());
            return;
        }
        if (plan.entities().isEmpty() && plan.texts().isEmpty()) {
            fail(
                    in,
                    request,
                    attempt,
                    start,
                    "nothing in the prompt can be drawn"
                            + (plan.unrenderable().isEmpty()
                                    ? ""
                                    : "; no art for: " + String.join(", ", plan.unrenderable())));
            return;
        }
        long millis = System.currentTimeMillis() - start;
        in.send(
                Topic.DRAFT,
                request.jobId(),
                new DraftJob(request.jobId(), request, plan, Timings.plus(Map.of(), "plan", millis), attempt));
        metrics.finished(Stage.PLANNER, System.currentTimeMillis() - start);
        events.finished(
                in,
                request.jobId(),
                Stage.PLANNER,
                0,
                start,
                plan.entities().size() + " entities, " + plan.checks().size() + " checks"
                        + (plan.unrenderable().isEmpty() ? "" : ", unrenderable: " + plan.unrenderable()));
    }

    private void fail(RecordContext in, JobRequest request, String attempt, long start, String reason) {
        LOG.infof("failed: %s", reason);
        metrics.failed(Stage.PLANNER, System.currentTimeMillis() - start);
        in.send(Topic.RESULTS, request.jobId(), JobResult.failed(request.jobId(), reason, request.labels(), attempt));
        events.failed(in, request.jobId(), Stage.PLANNER, 0, start, reason);
    }
}
