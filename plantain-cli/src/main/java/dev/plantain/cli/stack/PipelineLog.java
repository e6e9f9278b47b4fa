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

    /**
     * Reads until every partition is read to its end as it stood when called (the last stable offset, for a
     * {@code read_committed} client), however far behind the log had fallen.
     */
    public void catchUp() {
        var ends = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(30));
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the log could not be read to its end within a minute");
            }
            poll();
        }
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
