package dev.plantain.verifier.service;

import dev.plantain.blob.store.ImageStore;
import dev.plantain.messages.ImageRef;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.RefineJob;
import dev.plantain.messages.RoundRecord;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Timings;
import dev.plantain.messages.Topic;
import dev.plantain.messages.UpscaleJob;
import dev.plantain.messages.VerificationReport;
import dev.plantain.messages.VerifyJob;
import dev.plantain.stage.EngineMetrics;
import dev.plantain.stage.EngineNames;
import dev.plantain.stage.Outbox;
import dev.plantain.stage.StageMetrics;
import dev.plantain.stage.StageRunner;
import dev.plantain.verifier.ImageVerifier;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Verifies each candidate and routes it: to refine while rounds remain, else to upscale or a FAILED result. */
@ApplicationScoped
public class VerifierProcessor {

    @Inject
    Outbox outbox;

    @Inject
    ImageVerifier verifier;

    @Inject
    ImageStore images;

    @Inject
    StageRunner runner;

    @Inject
    VerifierConfig config;

    @Inject
    StageMetrics metrics;

    @Inject
    EngineMetrics engineMetrics;

    @Incoming("verify")
    @Blocking
    public Uni<Void> process(Message<String> message) {
        return outbox.process(message, Topic.VERIFY, in -> {
            VerifyJob job = StageRunner.decode(in.record(), VerifyJob.class, VerifyJob::jobId);
            runner.run(in, Stage.VERIFIER, job.request(), job.round(), job.attempt(), () -> {
                long start = System.currentTimeMillis();
                BufferedImage candidate = images.load(job.candidate());
                ImageVerifier.Verification verification = engineMetrics.call(
                        Stage.VERIFIER,
                        EngineNames.nameOf(config.engine()),
                        () -> verifier.verify(candidate, job.plan()));
                ImageRef overlay = config.overlay() ? images.save(verification.overlay()) : null;
                VerificationReport report = VerificationReport.of(verification.checks(), verification.atoms(), overlay);
                List<RoundRecord> history = new ArrayList<>(job.history());
                history.add(new RoundRecord(job.round(), job.candidate(), report, job.changes(), job.deterministic()));
                Map<String, Long> timings =
                        Timings.plus(job.timings(), "verify#" + job.round(), System.currentTimeMillis() - start);
                RefineLoop.Decision decision = RefineLoop.decide(job.request(), history);
                metrics.verdict(report.passed());
                if (decision.route() != RefineLoop.Route.REFINE) {
                    metrics.rounds(job.round());
                }
                switch (decision.route()) {
                    case REFINE ->
                        in.send(
                                Topic.REFINE,
                                job.jobId(),
                                RefineJob.builder()
                                        .request(job.request())
                                        .plan(job.plan())
                                        .candidate(job.candidate())
                                        .report(report)
                                        .round(job.round())
                                        .history(history)
                                        .timings(timings)
                                        .attempt(job.attempt())
                                        .build());
                    case UPSCALE ->
                        in.send(
                                Topic.UPSCALE,
                                job.jobId(),
                                new UpscaleJob(
                                        job.jobId(),
                                        job.request(),
                                        job.plan(),
                                        decision.chosen().candidate(),
                                        decision.chosen().report(),
                                        history,
                                        timings,
                                        job.attempt()));
                    case FAIL ->
                        in.send(
                                Topic.RESULTS,
                                job.jobId(),
                                JobResult.failed(
                                        job.request(),
                                        decision.reason(),
                                        history,
                                        job.plan().unrenderable(),
                                        timings,
                                        job.attempt()));
                }
                return report.summary() + " -> " + decision.route().name().toLowerCase() + ": " + decision.reason();
            });
        });
    }
}
