package dev.plantain.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.blob.store.S3BlobStore;
import dev.plantain.cli.StageProbe;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import dev.plantain.messages.TopicReader;
import dev.plantain.messages.TopicWriter;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The pipeline in containers, started by Testcontainers from the images {@code ./plantain images} builds: the Kafka
 * broker, the S3-compatible blob store and the five services, two of them drafting, all on the host's network.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainersIT {

    private static StackContainers stack;
    private static TopicReader results;
    private static TopicReader events;

    @BeforeAll
    static void startTheStack() throws Exception {
        DockerEngine.require();
        Images.build();
        stack = new StackContainers();
        stack.startInfrastructure();
        for (Stage stage : Stage.values()) {
            stack.startService(stage, 0);
        }
        stack.startService(Stage.DRAFT, 1);
        results = new TopicReader(stack.bootstrap(), Topic.RESULTS.name(StackContainers.PREFIX));
        events = new TopicReader(stack.bootstrap(), Topic.EVENTS.name(StackContainers.PREFIX));
    }

    @AfterAll
    static void stopTheStack() {
        if (results != null) {
            results.close();
            events.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void twoDraftContainersShareTheStagesWorkAndEveryJobEndsOnce() throws Exception {
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> StageProbe.assignments(stack.bootstrap(), Stage.DRAFT), a -> a.equals(List.of(1, 1)));

        List<String> jobs = submit("shared-", 8);
        assertThat(jobs.stream().map(ContainersIT::partition))
                .as("the jobs' keys fall on both partitions")
                .contains(0, 1);
        awaitExactlyOneResultEach(jobs);

        assertThat(StageProbe.jobsIn(stack.httpPort(Stage.DRAFT, 0), Stage.DRAFT))
                .isPositive();
        assertThat(StageProbe.jobsIn(stack.httpPort(Stage.DRAFT, 1), Stage.DRAFT))
                .isPositive();
        JobResult first = results.values(jobs.get(0), JobResult.class).get(0);
        try (S3BlobStore store = new S3BlobStore(new S3BlobStore.Settings(
                stack.s3Endpoint(),
                "us-east-1",
                StackContainers.BUCKET,
                "blobs/",
                StackContainers.ACCESS_KEY,
                StackContainers.SECRET_KEY))) {
            BufferedImage image = new ImageCodec(ImageCodec.DEFAULT_MAX_PIXELS)
                    .decode(store.get(first.image().blob()));
            assertThat(image.getWidth())
                    .as("the result's image, from the store container")
                    .isEqualTo(1024);
        }
    }

    @Test
    @Order(2)
    void jobsOfAServiceContainerKilledMidFlowStillEndOnceEach() {
        List<String> jobs = submit("killed-", 8);
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.stream().anyMatch(ContainersIT::verifying));
        stack.kill("verifier-0");
        long ended = jobs.stream().filter(id -> !results.records(id).isEmpty()).count();
        assertThat(ended).as("jobs ended when the verifier was killed").isLessThan(jobs.size());

        stack.startService(Stage.VERIFIER, 0);
        awaitExactlyOneResultEach(jobs);
    }

    private static boolean verifying(String jobId) {
        return events.values(jobId, JobEvent.class).stream()
                .anyMatch(e -> e.stage().equals("verifier") && e.phase() == JobEvent.Phase.STARTED);
    }

    private static List<String> submit(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        try (TopicWriter writer = new TopicWriter(stack.bootstrap())) {
            for (int i = 0; i < count; i++) {
                String id = prefix + i;
                writer.send(Topic.REQUESTS.name(StackContainers.PREFIX), id, """
                        {"prompt":"a red apple next to a blue cup","resolution":"1K","seed":%d,"maxRefineRounds":0}""".formatted(i));
                ids.add(id);
            }
        }
        return ids;
    }

    private static void awaitExactlyOneResultEach(List<String> jobs) {
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> jobs.stream().allMatch(id -> !results.records(id).isEmpty()));
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> jobs.stream().allMatch(id -> results.records(id).size() == 1));
        for (String id : jobs) {
            JobResult result = results.values(id, JobResult.class).get(0);
            assertThat(result.status()).as(id + ": " + result.reason()).isEqualTo(JobStatus.SUCCEEDED);
        }
    }

    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % StackContainers.PARTITIONS;
    }
}
