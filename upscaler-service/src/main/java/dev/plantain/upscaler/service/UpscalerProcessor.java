package dev.plantain.upscaler.service;

import dev.plantain.blob.store.ImageStore;
import dev.plantain.messages.ImageRef;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Timings;
import dev.plantain.messages.Topic;
import dev.plantain.messages.Upscale;
import dev.plantain.messages.UpscaleJob;
import dev.plantain.plan.Box;
import dev.plantain.stage.Outbox;
import dev.plantain.stage.StageRunner;
import dev.plantain.upscaler.esrgan.Upscaling;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Brings the chosen candidate to the requested size, stores it with the job's story in its PNG text chunks, and
 * writes the job's one SUCCEEDED result.
 */
@ApplicationScoped
public class UpscalerProcessor {

    @Inject
    Outbox outbox;

    @Inject
    Upscaling upscaling;

    @Inject
    ImageStore images;

    @Inject
    StageRunner runner;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String version;

    @Incoming("upscale")
    @Blocking
    public Uni<Void> process(Message<String> message) {
        return outbox.process(message, Topic.UPSCALE, in -> {
            UpscaleJob job = StageRunner.decode(in.record(), UpscaleJob.class, UpscaleJob::jobId);
            JobRequest request = job.request();
            int rounds = job.history().isEmpty()
                    ? 0
                    : job.history().get(job.history().size() - 1).round();
            runner.run(in, Stage.UPSCALER, request, rounds, job.attempt(), () -> {
                long start = System.currentTimeMillis();
                BufferedImage drawn = images.load(job.candidate());
                Optional<Box> crop = DrawnSize.crop(
                        drawn.getWidth(), drawn.getHeight(), request.outputWidth(), request.outputHeight());
                BufferedImage image = crop.map(b -> DrawnSize.cut(drawn, b)).orElse(drawn);
                double factor = DrawnSize.factor(image.getWidth(), request.outputWidth());
                String engine = "none (native size)";
                String warning = null;
                if (image.getWidth() != request.outputWidth() || image.getHeight() != request.outputHeight()) {
                    Upscaling.Outcome outcome = upscaling.upscale(image, request.outputWidth(), request.outputHeight());
                    image = outcome.image();
                    engine = outcome.engine();
                    warning = outcome.warning();
                }
                ImageRef delivered = images.save(
                        image,
                        GenerationMetadata.of(
                                job, rounds, image.getWidth(), image.getHeight(), engine, warning, version));
                Map<String, Long> timings = Timings.plus(job.timings(), "upscale", System.currentTimeMillis() - start);
                boolean verified = job.report().passed();
                String note = verified
                        ? null
                        : "delivered best effort, not verified: " + job.report().summary();
                if (warning != null) {
                    note = note == null ? warning : note + "; " + warning;
                }
                in.send(
                        Topic.RESULTS,
                        job.jobId(),
                        JobResult.builder()
                                .jobId(job.jobId())
                                .status(JobStatus.SUCCEEDED)
                                .reason(note)
                                .image(delivered)
                                .rounds(rounds)
                                .verified(verified)
                                .report(job.report())
                                .history(job.history())
                                .unrenderable(job.plan().unrenderable())
                                .timings(timings)
                                .labels(request.labels())
                                .attempt(job.attempt())
                                .upscale(new Upscale(
                                        drawn.getWidth(), drawn.getHeight(), crop.orElse(null), factor, engine))
                                .build());
                return delivered.width() + "x" + delivered.height() + " " + engine
                        + (verified ? " verified" : " best effort");
            });
        });
    }
}
