package dev.plantain.refiner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.blob.store.ImageStore;
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

/** The refiner service on a real broker: a failed candidate is repaired and sent back to verify, one round on. */
@QuarkusTest
@WithTestResource(KafkaBroker.class)
class RefinerServiceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ImageStore images;

    @Test
    void aFailedCandidateIsRepairedAndVerifiedAgain() {
        String jobId = "refine-wiring";
        JobRequest request = Samples.request(jobId);
        ImageRef candidate = images.save(Samples.blankCandidate());
        RefineJob job = RefineJob.builder()
                .request(request)
                .plan(Samples.plan())
                .candidate(candidate)
                .report(Samples.report(false))
                .timings(Map.of("draft", 400L))
                .build();

        TopicReader.send(bootstrap, "plantain.refine", jobId, Json.write(job));

        VerifyJob next;
        try (TopicReader verify = new TopicReader(bootstrap, "plantain.verify")) {
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> !verify.records(jobId).isEmpty());
            next = Json.read(verify.records(jobId).get(0).value(), VerifyJob.class);
        }
        assertThat(next.round()).isEqualTo(1);
        assertThat(next.timings()).containsKeys("draft", "refine#1");
        assertThat(next.changes()).isNotEmpty();
        assertThat(next.candidate().blob()).isNotEqualTo(candidate.blob());
    }
}
