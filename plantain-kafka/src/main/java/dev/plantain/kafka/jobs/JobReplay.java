package dev.plantain.kafka.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plantain.kafka.Replays;
import dev.plantain.messages.Json;
import dev.plantain.messages.Stage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Re-publishes one job's record at one stage into that stage's input topic, marked as a replay with a new attempt
 * id, so the stage (and those after it) run again on the same inputs; with the same seed they make the same bytes.
 * Shared by {@code ./plantain replay} and the console.
 */
public final class JobReplay {

    /** A replay sent: its attempt id and the record it copied ({@code topic-partition@offset}). */
    public record Sent(String attempt, String original) {}

    private final String bootstrap;
    private final String prefix;

    public JobReplay(String bootstrap, String prefix) {
        this.bootstrap = bootstrap;
        this.prefix = prefix;
    }

    /**
     * Replays the job at the stage: its first recorded input there, or the one of that round.
     *
     * @return the replay sent, or empty when the job has no such record on the stage's topic
     */
    public Optional<Sent> replay(String jobId, Stage stage, Integer round)
            throws ExecutionException, InterruptedException {
        String topic = stage.input().name(prefix);
        List<ConsumerRecord<String, String>> records;
        try (JobTimeline timeline = new JobTimeline(bootstrap, prefix)) {
            records = timeline.records(List.of(topic), jobId);
        }
        Optional<ConsumerRecord<String, String>> original = records.stream()
                .filter(r -> round == null
                        || round
                                == Json.read(r.value(), JsonNode.class)
                                        .path("round")
                                        .asInt(-1))
                .findFirst();
        if (original.isEmpty()) {
            return Optional.empty();
        }
        ConsumerRecord<String, String> from = original.get();
        String attempt = Replays.newAttempt();
        String source = from.topic() + "-" + from.partition() + "@" + from.offset();
        ProducerRecord<String, String> replay = new ProducerRecord<>(topic, jobId, value(stage, from.value(), attempt));
        replay.headers().add(Replays.ATTEMPT, attempt.getBytes(StandardCharsets.UTF_8));
        replay.headers().add(Replays.REPLAY_OF, source.getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = KafkaClients.producer(bootstrap)) {
            producer.send(replay).get();
        }
        return Optional.of(new Sent(attempt, source));
    }

    /** The record to send: requests go as they were (the attempt rides in a header); job records carry it too. */
    private static String value(Stage stage, String original, String attempt) {
        if (stage == Stage.PLANNER) {
            return original;
        }
        ObjectNode node = (ObjectNode) Json.read(original, JsonNode.class);
        node.put("attempt", attempt);
        return node.toString();
    }
}
