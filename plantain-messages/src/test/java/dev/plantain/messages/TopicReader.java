package dev.plantain.messages;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A plain Kafka consumer for tests: reads a topic from its beginning, keeping every record; sends one record too. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicReader(String bootstrap, String topic) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer = new KafkaConsumer<>(c);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Every record of the key read so far, after polling once more. */
    public List<ConsumerRecord<String, String>> records(String key) {
        poll();
        return seen(key);
    }

    /** Reads what has arrived since the last poll. */
    public void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    /** The key's records among those read so far, without polling. */
    public List<ConsumerRecord<String, String>> seen(String key) {
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }

    /** The key's records read so far, as records of a topic's type. */
    public <T> List<T> values(String key, Class<T> type) {
        return records(key).stream().map(r -> Json.read(r.value(), type)).toList();
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sends one record with a producer of its own. */
    public static void send(String bootstrap, String topic, String key, String value) {
        try (TopicWriter writer = new TopicWriter(bootstrap)) {
            writer.send(topic, key, value);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
