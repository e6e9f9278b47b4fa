package dev.plantain.cli.jobs;

import dev.plantain.kafka.jobs.KafkaClients;
import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.Json;
import dev.plantain.messages.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * A plain Kafka client of the pipeline, as any platform team would write one: it puts a request on the
 * {@code requests} topic and follows {@code events} and {@code results} for that job id.
 */
public final class JobClient implements AutoCloseable {

    private final String prefix;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;

    public JobClient(String bootstrap, String prefix) {
        this.prefix = prefix;
        producer = KafkaClients.producer(bootstrap);
        consumer = KafkaClients.consumer(bootstrap);
        List<TopicPartition> partitions = new ArrayList<>();
        for (Topic topic : List.of(Topic.RESULTS, Topic.EVENTS)) {
            consumer.partitionsFor(topic.name(prefix), Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Sends a raw request record and waits until the broker has it. */
    public void send(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(Topic.REQUESTS.name(prefix), key, value))
                    .get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "could not submit to " + Topic.REQUESTS.name(prefix) + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while submitting", e);
        }
    }

    /**
     * Follows the job until its result arrives.
     *
     * @param onEvent called with each of the job's progress events
     */
    public JobResult await(String jobId, Duration timeout, Consumer<JobEvent> onEvent) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JobResult result = null;
        while (result == null && System.nanoTime() < deadline) {
            result = read(jobId, Duration.ofMillis(200), onEvent);
        }
        if (result == null) {
            throw new TimeoutException("no result for job " + jobId + " within " + timeout.toSeconds() + " s");
        }
        // The last stage reports its finished event just after the result: show it too.
        read(jobId, Duration.ofMillis(300), onEvent);
        return result;
    }

    /** One poll: every result that came, of any job; progress events are passed over. */
    public List<JobResult> results(Duration wait) {
        List<JobResult> results = new ArrayList<>();
        for (ConsumerRecord<String, String> record : consumer.poll(wait)) {
            if (record.topic().equals(Topic.RESULTS.name(prefix))) {
                results.add(Json.read(record.value(), JobResult.class));
            }
        }
        return results;
    }

    /** One poll: hands the job's events on, and returns its result if one came. */
    private JobResult read(String jobId, Duration wait, Consumer<JobEvent> onEvent) {
        JobResult result = null;
        for (ConsumerRecord<String, String> record : consumer.poll(wait)) {
            if (!jobId.equals(record.key())) {
                continue;
            }
            if (record.topic().equals(Topic.EVENTS.name(prefix))) {
                onEvent.accept(Json.read(record.value(), JobEvent.class));
            } else if (result == null) {
                result = Json.read(record.value(), JobResult.class);
            }
        }
        return result;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        consumer.close(Duration.ofSeconds(5));
    }
}
