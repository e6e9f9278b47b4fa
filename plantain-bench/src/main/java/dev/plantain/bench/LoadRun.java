package dev.plantain.bench;

import dev.plantain.kafka.jobs.KafkaClients;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.Json;
import dev.plantain.messages.Topic;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A load run against a stack: submits every job at once, reads the results topic until each job has its result,
 * and measures from the broker's timestamps: jobs per minute from the first request to the last result, and each
 * job's latency from its request to its result.
 */
final class LoadRun {

    private static final String[] PROMPTS = {
        "a red apple",
        "two cats and a dog",
        "a blue car to the left of a tree",
        "three yellow bananas above a red apple"
    };

    private final String bootstrap;
    private final String prefix;

    LoadRun(String bootstrap, String prefix) {
        this.bootstrap = bootstrap;
        this.prefix = prefix;
    }

    /** What a run measured. */
    record Figures(
            int jobs, double jobsPerMinute, double p50Seconds, double p99Seconds, Map<String, Integer> outcomes) {

        void print(PrintWriter out) {
            out.printf(Locale.ROOT, "jobs: %d, outcomes: %s%n", jobs, outcomes);
            out.printf(Locale.ROOT, "throughput: %.1f jobs/min (%.2f jobs/s)%n", jobsPerMinute, jobsPerMinute / 60);
            out.printf(Locale.ROOT, "latency, request to result: p50 %.1f s, p99 %.1f s%n", p50Seconds, p99Seconds);
        }
    }

    Figures run(int jobs, String resolution, Duration timeout) throws TimeoutException {
        String run = "load-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        try (KafkaConsumer<String, String> results = KafkaClients.consumer(bootstrap);
                KafkaProducer<String, String> producer = KafkaClients.producer(bootstrap)) {
            List<TopicPartition> partitions = new ArrayList<>();
            results.partitionsFor(Topic.RESULTS.name(prefix), Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            results.assign(partitions);
            results.seekToEnd(partitions);
            partitions.forEach(results::position);

            Map<String, Future<RecordMetadata>> sent = new LinkedHashMap<>();
            for (int i = 0; i < jobs; i++) {
                String id = run + i;
                String request = """
                        {"prompt":"%s","resolution":"%s","seed":%d}""".formatted(PROMPTS[i % PROMPTS.length], resolution, i);
                sent.put(id, producer.send(new ProducerRecord<>(Topic.REQUESTS.name(prefix), id, request)));
            }
            Map<String, Long> requested = new HashMap<>();
            for (Map.Entry<String, Future<RecordMetadata>> e : sent.entrySet()) {
                requested.put(e.getKey(), e.getValue().get().timestamp());
            }
            return measure(requested, await(results, requested, timeout));
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not submit the load: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Map<String, ConsumerRecord<String, String>> await(
            KafkaConsumer<String, String> results, Map<String, Long> requested, Duration timeout)
            throws TimeoutException {
        Map<String, ConsumerRecord<String, String>> found = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (found.size() < requested.size()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException((requested.size() - found.size()) + " of " + requested.size()
                        + " jobs without a result after " + timeout.toMinutes() + " min");
            }
            for (ConsumerRecord<String, String> r : results.poll(Duration.ofMillis(500))) {
                if (requested.containsKey(r.key())) {
                    found.putIfAbsent(r.key(), r);
                }
            }
        }
        return found;
    }

    private static Figures measure(Map<String, Long> requested, Map<String, ConsumerRecord<String, String>> results) {
        List<Double> latencies = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Map.Entry<String, ConsumerRecord<String, String>> e : results.entrySet()) {
            long start = requested.get(e.getKey());
            long end = e.getValue().timestamp();
            latencies.add((end - start) / 1000.0);
            first = Math.min(first, start);
            last = Math.max(last, end);
            outcomes.merge(
                    Json.read(e.getValue().value(), JobResult.class).status().name(), 1, Integer::sum);
        }
        Percentiles latency = Percentiles.of(latencies);
        double minutes = Math.max(1, last - first) / 60_000.0;
        return new Figures(results.size(), results.size() / minutes, latency.p50(), latency.p99(), outcomes);
    }
}
