package dev.plantain.draft.service;

import dev.plantain.blob.store.ImageStore;
import dev.plantain.draft.DraftRenderer;
import dev.plantain.messages.DraftJob;
import dev.plantain.messages.ImageRef;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Timings;
import dev.plantain.messages.Topic;
import dev.plantain.messages.VerifyJob;
import dev.plantain.stage.EngineMetrics;
import dev.plantain.stage.EngineNames;
import dev.plantain.stage.Outbox;
import dev.plantain.stage.StageRunner;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Drafts each planned job into a first candidate image and sends it to be verified. */
@ApplicationScoped
public class DraftProcessor {

    @Inject
    Outbox outbox;

    @Inject
    DraftRenderer renderer;

    @Inject
    ImageStore images;

    @Inject
    StageRunner runner;

    @Inject
    EngineMetrics engineMetrics;

    @Inject
    DraftConfig config;

    @Incoming("draft")
    @Blocking
    public Uni<Void> process(Message<String> message) {
        return outbox.process(message, Topic.DRAFT, in -> {
            DraftJob job = StageRunner.decode(in.record(), DraftJob.class, DraftJob::jobId);
            runner.run(in, Stage.DRAFT, job.request(), 0, job.attempt(), () -> {
                long start = System.currentTimeMillis();
                DraftRenderer.Draft draft = engineMetrics.call(
                        Stage.DRAFT,
                        EngineNames.nameOf(config.engine()),
                        () -> renderer.draft(job.plan(), runner.steps(job.jobId(), Stage.DRAFT, 0)));
                ImageRef candidate = images.save(draft.image());
                long millis = System.currentTimeMillis() - start;
                in.send(
                        Topic.VERIFY,
                        job.jobId(),
                        VerifyJob.builder()
                                .request(job.request())
                                .plan(draft.drawn())
                                .candidate(candidate)
                                .timings(Timings.plus(job.timings(), "draft", millis))
                                .attempt(job.attempt())
                                .deterministic(renderer.deterministic())
                                .build());
                return candidate.width() + "x" + candidate.height() + " " + candidate.blob();
            });
        });
    }
}
