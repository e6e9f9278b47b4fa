package dev.plantain.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.blob.BlobRef;
import dev.plantain.blob.store.LocalBlobStore;
import dev.plantain.kafka.TopicAdmin;
import dev.plantain.kafka.jobs.JobTimeline;
import dev.plantain.kafka.jobs.KafkaClients;
import dev.plantain.messages.ImageRef;
import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.Json;
import dev.plantain.messages.Samples;
import dev.plantain.messages.Topic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The console on a real broker: the list and a job's page from records on the topics, images, forms, bad input. */
@QuarkusTest
@QuarkusTestResource(value = ConsoleBroker.class, restrictToAnnotatedClass = true)
class ConsoleTest {

    private static final String PREFIX = "plantain.";
    private static BlobRef finalPng;
    private static BlobRef overlayPng;

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void records() throws Exception {
        if (finalPng != null) {
            return;
        }
        TopicAdmin.createMissing(Map.of("bootstrap.servers", ConsoleBroker.bootstrap), PREFIX, 2, (short) 1);
        LocalBlobStore store = new LocalBlobStore(ConsoleBroker.blobs);
        finalPng = store.put(png(32));
        overlayPng = store.put(png(16));
        JobRequest request = Samples.request();
        JobResult base = Samples.succeeded();
        var history = base.history().stream()
                .map(r -> new dev.plantain.messages.RoundRecord(
                        r.round(),
                        new ImageRef(finalPng, 32, 32),
                        new dev.plantain.messages.VerificationReport(
                                r.report().passed(),
                                r.report().score(),
                                r.report().checks(),
                                new ImageRef(overlayPng, 16, 16),
                                r.report().atoms()),
                        r.changes()))
                .toList();
        JobResult result = base.toBuilder()
                .image(new ImageRef(finalPng, 32, 32))
                .history(history)
                .build();
        try (KafkaProducer<String, String> producer = KafkaClients.producer(ConsoleBroker.bootstrap)) {
            send(producer, Topic.REQUESTS, "job-1", Json.write(request));
            send(
                    producer,
                    Topic.EVENTS,
                    "job-1",
                    Json.write(new JobEvent(
                            "job-1",
                            "planner",
                            JobEvent.Phase.FINISHED,
                            0,
                            System.currentTimeMillis(),
                            3,
                            "planned",
                            null)));
            send(producer, Topic.RESULTS, "job-1", Json.write(result));
            send(producer, Topic.REQUESTS, "job-2", "{\"prompt\": \"a cat\"}");
            send(producer, Topic.REQUESTS, "job-3", "not json");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/").body().contains("job-3"));
    }

    @Test
    void theListShowsJobsNewestFirstWithStatusPromptAndThumbnail() throws Exception {
        String page = get("/").body();
        assertThat(page.indexOf("job-3")).isLessThan(page.indexOf("job-2"));
        assertThat(page.indexOf("job-2")).isLessThan(page.indexOf("job-1"));
        assertThat(page).contains("two red apples left of a cat").contains("/blobs/" + finalPng.sha256());
        assertThat(page).contains("succeeded").contains("queued").contains("unreadable request");
    }

    @Test
    void theListFiltersByStatus() throws Exception {
        String page = get("/rows?status=succeeded").body();
        assertThat(page).contains("job-1").doesNotContain("job-2");
        assertThat(get("/?status=queued").body()).contains("job-2").doesNotContain("/jobs/job-1\"");
    }

    @Test
    void theListFiltersByLabel() throws Exception {
        assertThat(get("/rows?label=team%3Dsearch").body()).contains("job-1").doesNotContain("job-2");
        assertThat(get("/rows?label=team").body()).contains("job-1").doesNotContain("job-2");
        assertThat(get("/?status=succeeded&label=team%3Dother").body()).doesNotContain("/jobs/job-1\"");
    }

    @Test
    void aJobsPageShowsItsRequestRoundsChecksAndImages() throws Exception {
        HttpResponse<String> page = get("/jobs/job-1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Round 0")
                .contains("Round 1")
                .contains("count:e1")
                .contains("found 2 apples, expected 2")
                .contains("FAILED")
                .contains("recoloured apple #1")
                .contains("id=\"final-image\" class=\"final\" src=\"/blobs/" + finalPng.sha256())
                .contains("/blobs/" + overlayPng.sha256())
                .contains("16:9");
        HttpResponse<String> json = get("/jobs/job-1/result.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(Json.read(json.body(), JobResult.class).rounds()).isEqualTo(1);
        assertThat(json.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("job-1.json"));
    }

    @Test
    void imagesAreServedByTheirDigestOnly() throws Exception {
        HttpResponse<byte[]> png = http.send(
                HttpRequest.newBuilder(root.resolve("/blobs/" + finalPng.sha256()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(BlobRef.of(png.body())).isEqualTo(finalPng);
        assertThat(get("/blobs/" + "0".repeat(64)).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/blobs/..%2F..%2Fetc%2Fpasswd",
                "/blobs/ABCDEF",
                "/blobs/sha256:xyz",
                "/jobs/bad%20id",
                "/jobs/no-such-job",
                "/?status=lost"
            })
    void badAddressesGetAClearPageNeverAStackTrace(String path) throws Exception {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isBetween(400, 404);
        assertThat(page.body())
                .contains("id=\"error-title\"")
                .doesNotContain("Exception")
                .doesNotContain("at dev.");
    }

    @Test
    void theStagesPageCountsDeadLetters() throws Exception {
        try (KafkaProducer<String, String> producer = KafkaClients.producer(ConsoleBroker.bootstrap)) {
            producer.send(new ProducerRecord<>(Topic.DRAFT.deadLetterName(PREFIX), "job-x", "poison"))
                    .get();
        }
        HttpResponse<String> page = get("/stages");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("plantain-planner")
                .containsPattern("data-stage=\"draft\">(<td>[^<]*</td>){3}<td>none</td><td>0</td><td>[1-9]");
    }

    @Test
    void anUnknownJobSaysRetentionMayHaveRemovedIt() throws Exception {
        HttpResponse<String> page = get("/jobs/no-such-job");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Unknown job").contains("retention");
    }

    @Test
    void aSubmittedFormPutsARequestOnTheTopic() throws Exception {
        HttpResponse<String> sent = post("/submit", Map.of("csrf", csrf(), "prompt", "a blue car", "resolution", "1K"));
        assertThat(sent.statusCode()).isEqualTo(303);
        String location = sent.headers().firstValue("Location").orElseThrow();
        String jobId = location.substring(location.lastIndexOf('/') + 1);
        try (JobTimeline timeline = new JobTimeline(ConsoleBroker.bootstrap, PREFIX)) {
            var records = timeline.records(List.of(Topic.REQUESTS.name(PREFIX)), jobId);
            assertThat(records).hasSize(1);
            assertThat(Json.read(records.get(0).value(), JobRequest.class).prompt())
                    .isEqualTo("a blue car");
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/jobs/" + jobId).body().contains("a blue car"));
    }

    @Test
    void anOversizedPromptGetsAClearPage() throws Exception {
        HttpResponse<String> page = post("/submit", Map.of("csrf", csrf(), "prompt", "x".repeat(2500)));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("2500 characters").contains("at most 2000");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        assertThat(post("/submit", Map.of("prompt", "a cat")).statusCode()).isEqualTo(403);
        assertThat(post("/submit", Map.of("csrf", "forged", "prompt", "a cat")).statusCode())
                .isEqualTo(403);
        assertThat(post("/jobs/job-1/replay", Map.of("stage", "draft")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aReplayOfAStageWithoutARecordSaysSo() throws Exception {
        HttpResponse<String> page = post("/jobs/job-2/replay", Map.of("csrf", csrf(), "stage", "draft"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Nothing to replay").contains("plantain.draft");
        assertThat(post("/jobs/job-2/replay", Map.of("csrf", csrf(), "stage", "painter"))
                        .statusCode())
                .isEqualTo(400);
    }

    private String csrf() throws Exception {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(get("/").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(root.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(
                HttpRequest.newBuilder(root.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void send(KafkaProducer<String, String> producer, Topic topic, String key, String value)
            throws Exception {
        producer.send(new ProducerRecord<>(topic.name(PREFIX), key, value)).get();
    }

    private static byte[] png(int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
