package dev.plantain.stage;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Confirms that an input's transaction really committed its offset. The connector aborts a transaction whose commit
 * fails (a rebalance under way, the broker gone) but then reports success and leaves the consumer past the input;
 * this check sends the consumer back to the last committed offset instead, so the input is read again, not lost.
 */
@ApplicationScoped
class CommitCheck {

    private static final Logger LOG = Logger.getLogger(CommitCheck.class);

    @Inject
    KafkaClientService clients;

    Uni<Void> confirm(String channel, ConsumerRecord<String, String> record) {
        KafkaConsumer<Object, Object> consumer = clients.getConsumer(channel);
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        return consumer.committed(partition)
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
}
