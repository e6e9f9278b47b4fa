package dev.plantain.refiner.service;

import dev.plantain.blob.store.ImageStore;
import dev.plantain.messages.ImageRef;
import dev.plantain.messages.RefineJob;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Timings;
import dev.plantain.messages.Topic;
import dev.plantain.messages.VerifyJob;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.stage.EngineMetrics;
import dev.plantain.stage.EngineNames;
import dev.plantain.stage.Outbox;
import dev.plantain.stage.StageRunner;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Repairs each failed candidate and sends the repair back to be verified as the next round. */
@ApplicationScoped
public class RefinerProcessor {

    @Inject
    Outbox outbox;

    @Inject
    ImageRefiner refiner;

    @Inject
    ImageStore images;

    @Inject
    StageRunner runner;

    @Inject
    EngineMetrics engineMetrics;

    @Inject
    RefinerConfig config;

    @Incoming("refine")
    @Blocking
    public Uni<Void> process(Message<String> message) {
        return outbox.process(message, Topic.REFINE, in -> {
            RefineJob job = StageRunner.decode(in.record(), RefineJob.class, RefineJob::jobId);
            int round = job.round() + 1;
            runner.run(in, Stage.REFINER, job.request(), round, job.attempt(), () -> {
                long start = System.currentTimeMillis();
                BufferedImage candidate = images.load(job.candidate());
                ImageRefiner.Refinement refinement = engineMetrics.call(
                        Stage.REFINER,
                        EngineNames.nameOf(config.engine()),
                        () -> refiner.refine(
                                candidate,
                                job.plan(),
                                job.report(),
                                round,
                                runner.steps(job.jobId(), Stage.REFINER, round)));
                ImageRef repaired = images.save(refinement.image());
                long millis = System.currentTimeMillis() - start;
                in.send(
                        Topic.VERIFY,
                        job.jobId(),
                        VerifyJob.builder()
                                .request(job.request())
                                .plan(refinement.drawn())
                                .candidate(repaired)
                                .round(round)
                                .changes(refinement.changes())
                                .history(job.history())
                                .timings(Timings.plus(job.timings(), "refine#" + round, millis))
                                .attempt(job.attempt())
                                .deterministic(refiner.deterministic() && madeDeterministically(job))
                                .build());
                return refinement.changes().size() + " change(s)";
            });
        });
    }

    /** Whether the candidate being repaired was itself made by deterministic engines (its round is the last one). */
    private static boolean madeDeterministically(RefineJob job) {
        return job.history().stream().allMatch(r -> r.deterministic());
    }
}
