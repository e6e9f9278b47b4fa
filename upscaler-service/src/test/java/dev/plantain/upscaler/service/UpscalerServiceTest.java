package dev.plantain.upscaler.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.blob.store.ImageStore;
import dev.plantain.image.PngText;
import dev.plantain.messages.Acceptance;
import dev.plantain.messages.AspectRatio;
import dev.plantain.messages.ImageRef;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Json;
import dev.plantain.messages.Resolution;
import dev.plantain.messages.Samples;
import dev.plantain.messages.TopicReader;
import dev.plantain.messages.UpscaleJob;
import dev.plantain.stage.KafkaBroker;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The upscaler service on a real broker: the candidate enlarged by ESRGAN, its story in the PNG, limits kept. */
@QuarkusTest
@WithTestResource(KafkaBroker.class)
class UpscalerServiceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ImageStore images;

    @Test
    void aCandidateIsUpscaledAndTheFinalPngCarriesTheJobsStory() {
        JobResult result = submit("up-4k", 160, 90);

        assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(result.image().width()).isEqualTo(4096);
        assertThat(result.image().height()).isEqualTo(2304);
        assertThat(result.timings()).containsKey("upscale");
        assertThat(result.upscale().drawnWidth()).isEqualTo(160);
        assertThat(result.upscale().crop()).isNull();
        assertThat(result.upscale().factor()).isEqualTo(4096 / 160.0);
        assertThat(result.upscale().engine()).isEqualTo("esrgan-slim-x2");
        Map<String, String> text =
                PngText.read(images.blobs().get(result.image().blob()));
        assertThat(text)
                .containsEntry("prompt", "two red apples left of a cat")
                .containsEntry("seed", "42")
                .containsEntry("rounds", "1")
                .containsEntry("upscaler", "esrgan-slim-x2")
                .containsEntry("resolution", "4K 4096x2304 (16:9)")
                .containsKeys("verification", "Software", "Description");
        assertThat(text.get("plan-digest")).matches("sha256:[0-9a-f]{64}");
        assertThat(text.get("parameters"))
                .startsWith("two red apples left of a cat\nSeed: 42, Size: 4096x2304")
                .contains("Upscaler: esrgan-slim-x2");
    }

    @Test
    void aCandidateOverThePixelLimitFailsTheJobWithTheReason() {
        JobResult result = submit("up-huge", 3200, 3200);

        assertThat(result.status()).isEqualTo(JobStatus.FAILED);
        assertThat(result.reason()).contains("image refused by").contains("over the limit of 10000000 pixels");
    }

    private JobResult submit(String jobId, int width, int height) {
        BufferedImage candidate = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = candidate.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ImageRef ref = images.save(candidate);
        JobRequest request = new JobRequest(
                jobId,
                "two red apples left of a cat",
                Resolution.R4K,
                AspectRatio.parse("16:9"),
                42L,
                2,
                Acceptance.BEST_EFFORT,
                Map.of());
        UpscaleJob job = new UpscaleJob(
                jobId, request, Samples.plan(), ref, Samples.report(true), Samples.history(), Map.of("plan", 3L), null);
        TopicReader.send(bootstrap, "plantain.upscale", jobId, Json.write(job));
        try (TopicReader results = new TopicReader(bootstrap, "plantain.results")) {
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> !results.records(jobId).isEmpty());
            return Json.read(results.records(jobId).get(0).value(), JobResult.class);
        }
    }
}
