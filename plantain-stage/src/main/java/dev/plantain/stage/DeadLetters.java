package dev.plantain.stage;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/** The dead-letter record of an input: its key and value, and the error in headers. */
final class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private DeadLetters() {}

    static Message<String> of(ConsumerRecord<String, String> record, String deadLetterTopic, RuntimeException e) {
        LOG.warnf(
                "%s-%d@%d to %s: %s",
                record.topic(), record.partition(), record.offset(), deadLetterTopic, e.getMessage());
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        header(headers, "dead-letter-reason", String.valueOf(e.getMessage()));
        if (e.getCause() != null) {
            header(headers, "dead-letter-cause", String.valueOf(e.getCause().getMessage()));
        }
        header(headers, "dead-letter-exception-class-name", e.getClass().getName());
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", String.valueOf(record.partition()));
        header(headers, "dead-letter-offset", String.valueOf(record.offset()));
        return Outbox.message(deadLetterTopic, record.key(), record.value(), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
