package dev.plantain.upscaler.service;

import dev.plantain.image.ImageStore;
import dev.plantain.messages.ImageRef;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Timings;
import dev.plantain.messages.UpscaleJob;
import dev.plantain.stage.Outbox;
import dev.plantain.stage.StageRunner;
import dev.plantain.upscaler.ImageUpscaler;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Brings the chosen candidate to the requested size and writes the job's one SUCCEEDED result. */
@ApplicationScoped
public class UpscalerProcessor {

    @Inject
    ImageUpscaler upscaler;

    @Inject
    ImageStore images;

    @Inject
    StageRunner runner;

    @Inject
    @Channel("results")
    MutinyEmitter<String> results;

    @Incoming("upscale")
    @Blocking
    public void process(ConsumerRecord<String, String> record) {
        UpscaleJob job = StageRunner.decode(record, UpscaleJob.class, UpscaleJob::jobId);
        JobRequest request = job.request();
        int rounds = job.history().isEmpty() ? 0 : job.history().get(job.history().size() - 1).round();
        runner.run(Stage.UPSCALER, request, rounds, () -> {
            long start = System.currentTimeMillis();
            ImageRef delivered = job.candidate();
            if (delivered.width() != request.outputWidth() || delivered.height() != request.outputHeight()) {
                BufferedImage large = upscaler.upscale(images.load(delivered), request.outputWidth(), request.outputHeight());
                delivered = images.save(large);
            }
            Map<String, Long> timings = Timings.plus(job.timings(), "upscale", System.currentTimeMillis() - start);
            boolean verified = job.report().passed();
            String note = verified ? null : "delivered best effort, not verified: " + job.report().summary();
            Outbox.send(results, job.jobId(), new JobResult(job.jobId(), JobStatus.SUCCEEDED, note, delivered, rounds,
                    verified, job.report(), job.history(), job.plan().unrenderable(), timings, request.labels()));
            return delivered.width() + "x" + delivered.height() + (verified ? " verified" : " best effort");
        });
    }
}
