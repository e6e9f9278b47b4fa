package dev.plantain.planner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.messages.DraftJob;
import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Json;
import dev.plantain.messages.TopicReader;
import dev.plantain.stage.KafkaBroker;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The planner service on a real broker in the test JVM: requests in, plans or FAILED results out. */
@QuarkusTest
@WithTestResource(KafkaBroker.class)
class PlannerServiceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aRequestIsPlannedAndSentToBeDrafted() {
        TopicReader.send(
                bootstrap,
                "plantain.requests",
                "plan-1",
                "{\"prompt\":\"two red apples to the left of a cat\",\"resolution\":\"2K\",\"aspectRatio\":\"16:9\"}");
        try (TopicReader drafts = new TopicReader(bootstrap, "plantain.draft");
                TopicReader events = new TopicReader(bootstrap, "plantain.events")) {
            List<ConsumerRecord<String, String>> found = awaitRecords(drafts, "plan-1");
            DraftJob job = Json.read(found.get(0).value(), DraftJob.class);
            assertThat(job.plan().width()).isEqualTo(2048);
            assertThat(job.plan().height()).isEqualTo(1152);
            assertThat(job.plan().entities()).extracting(e -> e.concept()).contains("apple", "cat");
            assertThat(job.timings()).containsKey("plan");
            List<String> phases = awaitRecords(events, "plan-1", 2).stream()
                    .map(r -> Json.read(r.value(), JobEvent.class).phase().label())
                    .toList();
            assertThat(phases).containsExactly("started", "finished");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            bad-json   | {"prompt": "a cat",                      | not JSON
            bad-prompt | {"resolution":"2K"}                       | field 'prompt'
            bad-res    | {"prompt":"a cat","resolution":"16K"}     | allowed: 1K, 2K, 4K
            bad-rounds | {"prompt":"a cat","maxRefineRounds":-1}   | allowed: 0 to 8
            unknown    | {"prompt":"a glorptwizzle"}               | nothing in the prompt can be drawn
            """)
    void aRequestThatCannotBeTakenEndsInOneFailedResult(String jobId, String value, String reason) {
        TopicReader.send(bootstrap, "plantain.requests", jobId, value);
        try (TopicReader results = new TopicReader(bootstrap, "plantain.results")) {
            JobResult result = Json.read(awaitRecords(results, jobId).get(0).value(), JobResult.class);
            assertThat(result.status()).isEqualTo(JobStatus.FAILED);
            assertThat(result.reason()).contains(reason);
            assertThat(result.jobId()).isEqualTo(jobId);
        }
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(TopicReader reader, String key) {
        return awaitRecords(reader, key, 1);
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(TopicReader reader, String key, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> reader.records(key).size() >= count);
        return reader.records(key);
    }
}
