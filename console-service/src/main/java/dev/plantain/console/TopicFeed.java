package dev.plantain.console;

import dev.plantain.kafka.Replays;
import dev.plantain.kafka.jobs.KafkaClients;
import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.Json;
import dev.plantain.messages.Topic;
import dev.plantain.messages.UndecodableRecordException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads {@code requests}, {@code events} and {@code results} (read_committed, outside any consumer group) from
 * their start into the {@link JobStore}, then follows them. One thread; a broker that is away is waited for.
 */
@ApplicationScoped
public class TopicFeed {

    private static final Logger LOG = Logger.getLogger(TopicFeed.class);
    private static final List<Topic> TOPICS = List.of(Topic.REQUESTS, Topic.EVENTS, Topic.RESULTS);

    @Inject
    JobStore store;

    @Inject
    ConsoleConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private volatile boolean running = true;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::run, "console-topic-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(5000);
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(bootstrap)) {
                List<TopicPartition> partitions = partitions(consumer);
                if (partitions.isEmpty()) {
                    pause();
                    continue;
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                LOG.infof("reading %d partitions of %s from their start", partitions.size(), TOPICS);
                while (running) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                        take(r);
                    }
                }
            } catch (KafkaException e) {
                LOG.warnf("reading the topics failed (%s); starting again from the topics' start", e.toString());
                pause();
            }
        }
    }

    /** Every partition of the three topics, or none until all three exist. */
    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (Topic topic : TOPICS) {
            List<PartitionInfo> infos;
            try {
                infos = consumer.partitionsFor(topic.name(config.topicPrefix()), Duration.ofSeconds(5));
            } catch (KafkaException e) {
                return List.of();
            }
            if (infos == null || infos.isEmpty()) {
                return List.of();
            }
            infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
        }
        return partitions;
    }

    private void take(ConsumerRecord<String, String> r) {
        String topic = r.topic().substring(config.topicPrefix().length());
        try {
            if (topic.equals(Topic.REQUESTS.name(""))) {
                store.request(r.key(), r.value(), r.timestamp(), Replays.attempt(r));
            } else if (topic.equals(Topic.EVENTS.name(""))) {
                store.event(Json.read(r.value(), JobEvent.class), r.timestamp());
            } else {
                store.result(Json.read(r.value(), JobResult.class), r.timestamp());
            }
        } catch (UndecodableRecordException | IllegalArgumentException e) {
            LOG.debugf("skipped an unreadable record %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
