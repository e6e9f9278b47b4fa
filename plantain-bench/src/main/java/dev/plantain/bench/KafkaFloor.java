package dev.plantain.bench;

import dev.plantain.kafka.jobs.KafkaClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What one hop costs Kafka itself on this broker, with no stage in between: a small record from a producer to a
 * {@code read_committed} consumer that is already polling, sent plainly and sent the way a stage sends, in a
 * transaction that also commits an input offset. The stages cannot be faster than this floor.
 */
final class KafkaFloor {

    /** Send-to-receive times of plain and transactional records, and how long the transactions took to commit. */
    record Figures(Percentiles plain, Percentiles transactional, Percentiles commit) {}

    /** Records sent before the measured ones, while connections, metadata and the JIT settle. */
    private static final int WARM_UP = 20;

    private final String bootstrap;
    private final String topic = "plantain.bench-floor-" + System.nanoTime();
    private final TopicPartition partition = new TopicPartition(topic, 0);
    private final BlockingQueue<Long> received = new LinkedBlockingQueue<>();

    private KafkaFloor(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    static Figures measure(String bootstrap, int samples) throws TimeoutException {
        return new KafkaFloor(bootstrap).run(samples);
    }

    private Figures run(int samples) throws TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            Thread reader = new Thread(this::read, "bench-floor-reader");
            reader.setDaemon(true);
            reader.start();
            try {
                Percentiles plain = plain(samples);
                List<Double> commits = new ArrayList<>();
                Percentiles transactional = transactional(samples, commits);
                return new Figures(plain, transactional, Percentiles.of(commits));
            } finally {
                reader.interrupt();
                admin.deleteTopics(List.of(topic));
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create the benchmark topic " + topic + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring Kafka's floor", e);
        }
    }

    private Percentiles plain(int samples) throws TimeoutException, InterruptedException {
        List<Double> times = new ArrayList<>();
        try (KafkaProducer<String, String> producer = KafkaClients.producer(bootstrap)) {
            for (int i = -WARM_UP; i < samples; i++) {
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "floor", Long.toString(start)));
                producer.flush();
                keep(times, i, awaitRecord());
            }
        }
        return Percentiles.of(times);
    }

    private Percentiles transactional(int samples, List<Double> commits) throws TimeoutException, InterruptedException {
        List<Double> times = new ArrayList<>();
        ConsumerGroupMetadata group = new ConsumerGroupMetadata(topic + "-group");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(transactionalSettings())) {
            producer.initTransactions();
            for (int i = -WARM_UP; i < samples; i++) {
                long start = System.nanoTime();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, "floor", Long.toString(start)));
                producer.sendOffsetsToTransaction(Map.of(partition, new OffsetAndMetadata(i + WARM_UP + 1L)), group);
                long committing = System.nanoTime();
                producer.commitTransaction();
                keep(commits, i, System.nanoTime() - committing);
                keep(times, i, awaitRecord());
            }
        }
        return Percentiles.of(times);
    }

    private static void keep(List<Double> times, int sample, long nanos) {
        if (sample >= 0) {
            times.add(nanos / 1e6);
        }
    }

    private long awaitRecord() throws TimeoutException, InterruptedException {
        Long nanos = received.poll(30, TimeUnit.SECONDS);
        if (nanos == null) {
            throw new TimeoutException("the benchmark record did not arrive within 30 s on " + topic);
        }
        return nanos;
    }

    private Properties transactionalSettings() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, topic + "-tx");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return p;
    }

    /** Polls the topic until interrupted, queueing each record's time in flight. */
    private void read() {
        try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(bootstrap)) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(System.nanoTime() - Long.parseLong(record.value()));
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            Thread.currentThread().interrupt();
        }
    }
}
