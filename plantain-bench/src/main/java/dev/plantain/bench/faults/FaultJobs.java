package dev.plantain.bench.faults;

import dev.plantain.kafka.jobs.KafkaClients;
import dev.plantain.messages.Topic;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Puts the fault scenarios' jobs, and their poison and oversized records, on a stack's topics. */
final class FaultJobs implements AutoCloseable {

    private static final List<String> PROMPTS =
            List.of("a red apple", "a blue car", "two yellow bananas", "a green tree next to a house");

    private final String prefix;
    private final KafkaProducer<String, String> producer;

    FaultJobs(String bootstrap, String prefix) {
        this.prefix = prefix;
        producer = KafkaClients.producer(bootstrap);
    }

    /** Submits {@code count} small jobs ({@code name-0}, {@code name-1} ...) at 1K, one refine round at most. */
    List<String> submit(String name, int count) {
        List<String> jobs =
                IntStream.range(0, count).mapToObj(i -> name + "-" + i).toList();
        for (int i = 0; i < count; i++) {
            send(Topic.REQUESTS, jobs.get(i), request(PROMPTS.get(i % PROMPTS.size()), i + 1));
        }
        return jobs;
    }

    static String request(String prompt, long seed) {
        return "{\"prompt\":\"%s\",\"resolution\":\"1K\",\"seed\":%d,\"maxRefineRounds\":1}".formatted(prompt, seed);
    }

    /** Sends one record and waits until the broker has it. */
    void send(Topic topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic.name(prefix), key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + key, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send " + key + " to " + topic.name(prefix), e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
