package dev.plantain.stage;

import dev.plantain.messages.Json;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends a record keyed by its job id and waits until the broker has it ({@code acks=all}), so a stage acknowledges
 * its input only after its output is safe: at-least-once, never lost.
 */
public final class Outbox {

    private Outbox() {}

    public static void send(MutinyEmitter<String> channel, String jobId, Object record) {
        Message<String> message = Message.of(Json.write(record))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(jobId)
                        .build());
        channel.sendMessageAndAwait(message);
    }
}
