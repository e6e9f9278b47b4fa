package dev.plantain.draft.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.blob.store.ImageStore;
import dev.plantain.messages.DraftJob;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.Json;
import dev.plantain.messages.Samples;
import dev.plantain.messages.TopicReader;
import dev.plantain.messages.VerifyJob;
import dev.plantain.stage.KafkaBroker;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The draft service on a real broker: a planned job is drawn by the configured engine and sent on to verify. */
@QuarkusTest
@WithTestResource(KafkaBroker.class)
class DraftServiceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ImageStore images;

    @Test
    void aPlanIsDrawnAtItsSizeAndSentToVerification() {
        String jobId = "draft-wiring";
        JobRequest request = Samples.request(jobId);
        DraftJob job = new DraftJob(jobId, request, Samples.plan(), Map.of("plan", 3L), null);

        TopicReader.send(bootstrap, "plantain.draft", jobId, Json.write(job));

        VerifyJob next;
        try (TopicReader verify = new TopicReader(bootstrap, "plantain.verify")) {
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> !verify.records(jobId).isEmpty());
            next = Json.read(verify.records(jobId).get(0).value(), VerifyJob.class);
        }
        assertThat(next.round()).isZero();
        assertThat(next.timings()).containsKeys("plan", "draft");
        assertThat(next.plan().entities()).extracting(e -> e.id()).containsExactly("e1", "e2");
        BufferedImage drawn = images.load(next.candidate());
        assertThat(drawn.getWidth()).isEqualTo(2048);
        assertThat(drawn.getHeight()).isEqualTo(1152);
        assertThat(colours(drawn)).as("a drawn scene, not a blank canvas").isGreaterThan(50);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 8) {
            for (int x = 0; x < image.getWidth(); x += 8) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
