package dev.plantain.stage;

import dev.plantain.messages.Json;
import dev.plantain.messages.Topic;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * One input record in a stage's hands, passed explicitly along its work: the record, the consumer channel it came
 * from (to pause while a dependency is away), and the records its work produces, which {@link Outbox} writes with
 * the input's offset in one transaction.
 */
public final class RecordContext {

    private final ConsumerRecord<String, String> record;
    private final String channel;
    private final String topicPrefix;
    private final List<Message<String>> output = new ArrayList<>();

    RecordContext(ConsumerRecord<String, String> record, String channel, String topicPrefix) {
        this.record = record;
        this.channel = channel;
        this.topicPrefix = topicPrefix;
    }

    public ConsumerRecord<String, String> record() {
        return record;
    }

    /** The consumer channel the record came from ({@code draft}, or {@code draft$2} with several consumers). */
    String channel() {
        return channel;
    }

    /** Adds a record, keyed by its job id, to this input's transaction. */
    public void send(Topic topic, String jobId, Object value) {
        output.add(TraceContext.carry(
                Outbox.message(topic.name(topicPrefix), jobId, Json.write(value), new RecordHeaders())));
    }

    /** How many records this input has produced so far, to {@link #discardFrom} after a failed attempt. */
    int mark() {
        return output.size();
    }

    /** Drops the records produced since {@code mark}: a failed attempt's partial output. */
    void discardFrom(int mark) {
        output.subList(mark, output.size()).clear();
    }

    /** Replaces everything produced with one record (the input on its dead-letter topic). */
    void replaceWith(Message<String> only) {
        output.clear();
        output.add(only);
    }

    List<Message<String>> output() {
        return output;
    }
}
