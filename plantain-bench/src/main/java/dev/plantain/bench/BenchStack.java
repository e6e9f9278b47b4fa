package dev.plantain.bench;

import dev.plantain.cli.StackOptions;
import dev.plantain.cli.stack.FreePorts;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.cli.stack.StackSettings;
import dev.plantain.kafka.TopicAdmin;
import dev.plantain.kafka.jobs.JobTimeline;
import dev.plantain.kafka.jobs.KafkaClients;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * A local stack of the benchmark's own, on free ports in a temporary state directory, with a client that submits
 * jobs, waits for their results and reads back every record of a job with its broker timestamp.
 */
final class BenchStack implements AutoCloseable {

    private static final String PREFIX = "plantain.";

    private final LocalStack stack;
    private final PrintStream log;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> results;
    private final JobTimeline timeline;

    private BenchStack(LocalStack stack, PrintStream log) {
        this.stack = stack;
        this.log = log;
        String bootstrap = stack.settings().bootstrap();
        producer = KafkaClients.producer(bootstrap);
        results = KafkaClients.consumer(bootstrap);
        List<TopicPartition> partitions = new ArrayList<>();
        results.partitionsFor(Topic.RESULTS.name(PREFIX), Duration.ofSeconds(30))
                .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        results.assign(partitions);
        results.seekToEnd(partitions);
        partitions.forEach(results::position);
        timeline = new JobTimeline(bootstrap, PREFIX);
    }

    /**
     * @param serviceArgs extra JVM arguments of every service (engines, profiling)
     */
    static BenchStack start(int partitions, Map<Stage, Integer> scale, List<String> serviceArgs, PrintStream log) {
        try {
            Path state = Files.createTempDirectory("plantain-bench");
            StackSettings settings = new StackSettings(
                    StackOptions.home(),
                    state,
                    FreePorts.one(),
                    FreePorts.one(),
                    FreePorts.block(List.of(0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 20, 21, 22, 23, 24)),
                    PREFIX,
                    partitions,
                    scale);
            return new BenchStack(LocalStack.start(settings, log, serviceArgs), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the benchmark's state directory", e);
        }
    }

    /** Puts a request on the requests topic and waits until the broker has it. */
    void submit(String jobId, String request) {
        try {
            producer.send(new ProducerRecord<>(Topic.REQUESTS.name(PREFIX), jobId, request))
                    .get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not submit " + jobId + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while submitting " + jobId, e);
        }
    }

    /** Waits for one result of each job; returns the result records by job id. */
    Map<String, ConsumerRecord<String, String>> await(Collection<String> jobIds, Duration timeout)
            throws TimeoutException {
        Map<String, ConsumerRecord<String, String>> found = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (found.size() < jobIds.size()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException((jobIds.size() - found.size()) + " job(s) without a result after "
                        + timeout.toSeconds() + " s");
            }
            for (ConsumerRecord<String, String> r : results.poll(Duration.ofMillis(100))) {
                if (jobIds.contains(r.key())) {
                    found.putIfAbsent(r.key(), r);
                }
            }
        }
        return found;
    }

    /** Every record of the job on every topic. */
    List<ConsumerRecord<String, String>> records(String jobId) {
        return timeline.records(TopicAdmin.allNames(PREFIX), jobId);
    }

    /** The broker's bootstrap address. */
    String bootstrap() {
        return stack.settings().bootstrap();
    }

    /** Pids by process name ({@code kafka}, {@code draft-0} ...). */
    Map<String, Long> processes() {
        return stack.processes();
    }

    void addInstance(Stage stage) {
        stack.addInstance(stage, log);
    }

    static String topic(ConsumerRecord<String, String> record) {
        return record.topic().substring(PREFIX.length());
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        results.close(Duration.ofSeconds(5));
        timeline.close();
        stack.stop();
        LocalStack.deleteTree(stack.settings().stateDir());
    }
}
