package dev.plantain.stage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plantain.kafka.Replays;
import dev.plantain.messages.Json;
import dev.plantain.messages.RewindMark;
import dev.plantain.messages.Topic;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Marks the records a rewind makes a stage read again: their output carries the rewind's attempt id, as a replay's
 * does, so the job's second result is never mistaken for a new answer. The marks ({@link RewindMark}) are read once
 * per channel, when its first record comes; a stage is stopped while it is rewound, so it starts with them.
 */
@ApplicationScoped
class RewindMarks {

    private static final Logger LOG = Logger.getLogger(RewindMarks.class);

    @Inject
    KafkaClientService clients;

    @Inject
    StageConfig config;

    /** A channel's marks, by {@link RewindMark#key}, and its consumer group. */
    private record Marks(String group, Map<String, RewindMark> byKey) {}

    private final Map<String, Marks> byChannel = new ConcurrentHashMap<>();

    /** The record as the stage should see it: with the rewind's attempt id when a rewind made it a re-run. */
    ConsumerRecord<String, String> mark(String channel, ConsumerRecord<String, String> record, Topic topic) {
        Marks marks = byChannel.computeIfAbsent(channel, this::load);
        RewindMark mark = marks.byKey().get(RewindMark.key(marks.group(), record.topic(), record.partition()));
        if (mark == null || !mark.covers(record.offset()) || Replays.attempt(record) != null) {
            return record;
        }
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(Replays.ATTEMPT, mark.attempt().getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>(
                record.topic(),
                record.partition(),
                record.offset(),
                record.timestamp(),
                record.timestampType(),
                record.serializedKeySize(),
                record.serializedValueSize(),
                record.key(),
                topic == Topic.REQUESTS ? record.value() : withAttempt(record.value(), mark.attempt()),
                headers,
                record.leaderEpoch());
    }

    /** An internal record's JSON with its {@code attempt} field set; a value that is no JSON object is left alone. */
    private static String withAttempt(String value, String attempt) {
        try {
            if (Json.MAPPER.readTree(value) instanceof ObjectNode node) {
                node.put("attempt", attempt);
                return Json.MAPPER.writeValueAsString(node);
            }
        } catch (Exception e) {
            // Not JSON: the stage sends it to the dead-letter topic as it is.
        }
        return value;
    }

    /** Every mark on the marks topic, read to its end with the channel's connection settings. */
    private Marks load(String channel) {
        Map<String, Object> settings =
                new HashMap<>(clients.getConsumer(channel).configuration());
        String group = String.valueOf(settings.get(ConsumerConfig.GROUP_ID_CONFIG));
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.get(ConsumerConfig.CLIENT_ID_CONFIG) + "-rewinds");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        String topic = config.topicPrefix() + RewindMark.TOPIC;
        Map<String, RewindMark> marks = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions =
                    Optional.ofNullable(consumer.partitionsFor(topic, Duration.ofSeconds(10)))
                            .orElse(List.of())
                            .stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null) {
                        marks.remove(r.key());
                    } else {
                        RewindMark mark = Json.read(r.value(), RewindMark.class);
                        marks.put(mark.key(), mark);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("cannot read the rewind marks on %s; re-runs after a rewind go unmarked: %s", topic, e);
        }
        if (!marks.isEmpty()) {
            LOG.infof("rewind marks for %s: %s", channel, marks.values());
        }
        return new Marks(group, marks);
    }
}
