package dev.plantain.stage;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Stops a channel's consumer fetching while its record waits for a dependency, and lets it fetch again after. The
 * connector keeps polling the paused consumer, so it stays in its group (no {@code max.poll.interval.ms} expiry)
 * and nothing behind the waiting record is fetched only to sit in memory. Only the partitions this pause stopped are
 * resumed, so the connector's own back-pressure pauses are left as they were.
 */
@ApplicationScoped
class InputPause {

    private static final Logger LOG = Logger.getLogger(InputPause.class);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    @Inject
    KafkaClientService clients;

    /** Pauses the channel's assigned partitions that are not paused yet; returns those, to {@link #resume}. */
    Set<TopicPartition> pause(String channel) {
        KafkaConsumer<Object, Object> consumer = clients.getConsumer(channel);
        if (consumer == null) {
            return Set.of();
        }
        try {
            return consumer.<Set<TopicPartition>>runOnPollingThread(c -> {
                        Set<TopicPartition> pausing = new HashSet<>(c.assignment());
                        pausing.removeAll(c.paused());
                        c.pause(pausing);
                        return pausing;
                    })
                    .await()
                    .atMost(ANSWER_WITHIN);
        } catch (RuntimeException e) {
            LOG.warnf("cannot pause %s while waiting: %s", channel, e);
            return Set.of();
        }
    }

    /** Resumes the partitions a {@link #pause} stopped that the consumer still holds. */
    void resume(String channel, Set<TopicPartition> paused) {
        KafkaConsumer<Object, Object> consumer = clients.getConsumer(channel);
        if (consumer == null || paused.isEmpty()) {
            return;
        }
        try {
            consumer.runOnPollingThread(c -> {
                        Set<TopicPartition> held = new HashSet<>(paused);
                        held.retainAll(c.assignment());
                        c.resume(held);
                    })
                    .await()
                    .atMost(ANSWER_WITHIN);
        } catch (RuntimeException e) {
            LOG.warnf("cannot resume %s after waiting: %s", channel, e);
        }
    }
}
