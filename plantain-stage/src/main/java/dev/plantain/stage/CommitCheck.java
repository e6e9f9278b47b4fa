package dev.plantain.stage;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Confirms that an input's transaction really committed its offset. The connector aborts a transaction whose commit
 * fails (a rebalance under way, the broker gone) but then reports success and leaves the consumer past the input;
 * this check sends the consumer back to the last committed offset instead, so the input is read again, not lost.
 *
 * <p>The committed offset is read from the group coordinator by an admin client built from the channel's own
 * consumer settings (so TLS and SASL apply), asking for stable offsets only. Asking the channel's consumer instead
 * would queue behind its poll, which waits up to its poll timeout (a second) when no record comes: measured, that
 * held every stage for about half a second after each record.
 */
@ApplicationScoped
class CommitCheck {

    private static final Logger LOG = Logger.getLogger(CommitCheck.class);

    @Inject
    KafkaClientService clients;

    private final Map<String, Admin> admins = new ConcurrentHashMap<>();

    Uni<Void> confirm(String channel, ConsumerRecord<String, String> record) {
        KafkaConsumer<Object, Object> consumer = clients.getConsumer(channel);
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        String group = String.valueOf(consumer.configuration().get(ConsumerConfig.GROUP_ID_CONFIG));
        var offsets = admins.computeIfAbsent(channel, c -> admin(consumer.configuration()))
                .listConsumerGroupOffsets(
                        Map.of(group, new ListConsumerGroupOffsetsSpec().topicPartitions(List.of(partition))),
                        new ListConsumerGroupOffsetsOptions().requireStable(true))
                .partitionsToOffsetAndMetadata(group)
                .toCompletionStage();
        return Uni.createFrom()
                .completionStage(offsets)
                .map(committed -> {
                    OffsetAndMetadata offset = committed.get(partition);
                    return offset != null && offset.offset() > record.offset();
                })
                .onFailure()
                .recoverWithItem(false)
                .chain(done -> {
                    if (done) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.warnf(
                            "the transaction of %s-%d@%d did not commit; reading again from the last committed offset",
                            record.topic(), record.partition(), record.offset());
                    return consumer.resetToLastCommittedPositions();
                });
    }

    /** An admin client with the consumer's connection settings (servers, TLS, SASL) and nothing else. */
    private static Admin admin(Map<String, ?> consumerConfig) {
        Map<String, Object> config = new HashMap<>();
        consumerConfig.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, consumerConfig.get(ConsumerConfig.CLIENT_ID_CONFIG) + "-check");
        // Right after a commit the group coordinator may still hold the offset as pending (its marker not yet
        // written) and answers "unstable": ask again soon rather than after the default 100 ms.
        config.putIfAbsent(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 5);
        return Admin.create(config);
    }

    @PreDestroy
    void close() {
        admins.values().forEach(Admin::close);
    }
}
