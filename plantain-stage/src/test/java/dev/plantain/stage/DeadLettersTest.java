package dev.plantain.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.UndecodableRecordException;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void aDeadLetterKeepsTheRecordAndNamesTheErrorAndWhereTheRecordStood() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("plantain.verify", 2, 41L, "job-7", "\u0000 junk");
        Message<String> dead = DeadLetters.of(
                record, "plantain.verify.dlq", new UndecodableRecordException("not a valid VerifyJob record"));

        assertThat(dead.getPayload()).isEqualTo("\u0000 junk");
        OutgoingKafkaRecordMetadata<?> metadata =
                dead.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        assertThat(metadata.getTopic()).isEqualTo("plantain.verify.dlq");
        assertThat(metadata.getKey()).isEqualTo("job-7");
        assertThat(header(metadata, "dead-letter-reason")).isEqualTo("not a valid VerifyJob record");
        assertThat(header(metadata, "dead-letter-topic")).isEqualTo("plantain.verify");
        assertThat(header(metadata, "dead-letter-partition")).isEqualTo("2");
        assertThat(header(metadata, "dead-letter-offset")).isEqualTo("41");
    }

    private static String header(OutgoingKafkaRecordMetadata<?> metadata, String name) {
        return new String(metadata.getHeaders().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
