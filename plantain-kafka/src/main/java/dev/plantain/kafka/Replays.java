package dev.plantain.kafka;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * How a replayed record is marked: {@value #ATTEMPT} carries the replay's attempt id (also set in the record's
 * {@code attempt} field on internal topics, where the stages carry it on), {@value #REPLAY_OF} where the original
 * record stood.
 */
public final class Replays {

    public static final String ATTEMPT = "plantain-attempt";
    public static final String REPLAY_OF = "plantain-replay-of";

    private Replays() {}

    public static String newAttempt() {
        return "replay-" + UUID.randomUUID();
    }

    /** The attempt id in a record's headers, or null for a job's first run. */
    public static String attempt(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(ATTEMPT);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
