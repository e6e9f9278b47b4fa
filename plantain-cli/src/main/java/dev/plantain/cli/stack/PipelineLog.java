package dev.plantain.cli.stack;

import dev.plantain.kafka.jobs.KafkaClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Every committed record of one topic from its beginning, read as a {@code read_committed} client sees them. */
public final class PipelineLog implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public PipelineLog(String bootstrap, String topic) {
        consumer = KafkaClients.consumer(bootstrap);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads what has arrived since the last poll, waiting up to 200 ms for it. */
    public void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    /** The key's records among those read so far. */
    public List<ConsumerRecord<String, String>> seen(String key) {
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
