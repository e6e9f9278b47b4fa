package dev.plantain.stage;

import dev.plantain.messages.Topic;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Exactly-once consume-process-produce: the records a stage writes for one input record (its next job, a result,
 * the finished or failed event, or the input itself on the dead-letter topic) are collected while the work runs,
 * then written together with the input's offset in one Kafka transaction. A {@code read_committed} reader sees all
 * of them once, or none; an aborted or interrupted transaction leaves the input to be read again. The work gets the
 * input as a {@link RecordContext} and sends its records through it.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    @Inject
    @Channel("outbox")
    KafkaTransactions<String> transactions;

    @Inject
    StageConfig config;

    @Inject
    CommitCheck commits;

    @Inject
    RewindMarks rewinds;

    /**
     * The stage's one transactional producer runs one transaction at a time; with {@code plantain.stage.max-in-flight}
     * above 1 several consumers work at once, and each waits its turn here (on its worker thread) to commit.
     */
    private final Semaphore turn = new Semaphore(1, true);

    /**
     * Processes one input record on the calling (worker) thread, then commits its output and offset in one
     * transaction. A record the work cannot process (undecodable, or any error escaping the stage's own handling)
     * goes to the input's dead-letter topic in that transaction instead, so the channel keeps flowing.
     */
    @SuppressWarnings("unchecked")
    public Uni<Void> process(Message<String> input, Topic topic, Consumer<RecordContext> work) {
        IncomingKafkaRecordMetadata<String, String> metadata = input.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("not a Kafka record: " + input));
        ConsumerRecord<String, String> record = rewinds.mark(metadata.getChannel(), metadata.getRecord(), topic);
        RecordContext context = new RecordContext(record, metadata.getChannel(), config.topicPrefix());
        try {
            work.accept(context);
        } catch (RuntimeException e) {
            context.replaceWith(DeadLetters.of(record, topic.deadLetterName(config.topicPrefix()), e));
        }
        List<Message<String>> batch = context.output();
        turn.acquireUninterruptibly();
        try {
            return transactions
                    .withTransactionAndAck(input, tx -> {
                        batch.forEach(tx::send);
                        return Uni.createFrom().voidItem();
                    })
                    .call(() -> commits.confirm(metadata.getChannel(), record))
                    .onFailure()
                    .invoke(e -> LOG.warnf(
                            "transaction for %s-%d@%d aborted, the record will be read again: %s",
                            record.topic(), record.partition(), record.offset(), e))
                    .onTermination()
                    .invoke(turn::release);
        } catch (RuntimeException e) {
            turn.release();
            throw e;
        }
    }

    static Message<String> message(String topic, String key, String value, RecordHeaders headers) {
        return Message.of(value)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(topic)
                        .withKey(key)
                        .withHeaders(headers)
                        .build());
    }
}
