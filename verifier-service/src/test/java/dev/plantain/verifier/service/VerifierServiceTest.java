package dev.plantain.verifier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.blob.store.ImageStore;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.ImageRef;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.Json;
import dev.plantain.messages.RefineJob;
import dev.plantain.messages.Samples;
import dev.plantain.messages.TopicReader;
import dev.plantain.messages.VerifyJob;
import dev.plantain.stage.KafkaBroker;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The verifier service on a real broker: a candidate that shows nothing of its plan is judged and sent to refine. */
@QuarkusTest
@WithTestResource(KafkaBroker.class)
class VerifierServiceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ImageStore images;

    @Test
    void aCandidateMissingItsPlanFailsAndGoesToRefineWithItsReport() {
        String jobId = "verify-wiring";
        JobRequest request = Samples.request(jobId);
        ImageRef candidate = images.save(Samples.blankCandidate());
        VerifyJob job = VerifyJob.builder()
                .request(request)
                .plan(Samples.plan())
                .candidate(candidate)
                .timings(Map.of("draft", 400L))
                .build();

        TopicReader.send(bootstrap, "plantain.verify", jobId, Json.write(job));

        RefineJob next;
        try (TopicReader refine = new TopicReader(bootstrap, "plantain.refine")) {
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> !refine.records(jobId).isEmpty());
            next = Json.read(refine.records(jobId).get(0).value(), RefineJob.class);
        }
        assertThat(next.round()).isZero();
        assertThat(next.candidate()).isEqualTo(candidate);
        assertThat(next.report().checks()).anyMatch(c -> c.status() == CheckStatus.FAILED);
        assertThat(next.history()).hasSize(1);
        assertThat(next.timings()).containsKeys("draft", "verify#0");
    }
}
