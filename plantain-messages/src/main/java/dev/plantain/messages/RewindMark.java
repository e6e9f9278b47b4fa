package dev.plantain.messages;

/**
 * What a rewind left behind for the stage it rewound: on one partition of the stage's input, the records from
 * {@code from} up to (not including) {@code upTo} had been processed before, so running them again is a re-run, and
 * its output carries {@code attempt} like a replay's. Kept, keyed by {@link #key}, on the compacted topic
 * {@value #TOPIC} (after the topic prefix); the latest rewind of a partition replaces the one before.
 *
 * @param group the stage's consumer group
 * @param topic the stage's input topic
 * @param at when the rewind was made, epoch milliseconds
 */
public record RewindMark(String group, String topic, int partition, long from, long upTo, String attempt, long at) {

    /** The marks' topic name, after the topic prefix. */
    public static final String TOPIC = "rewinds";

    public static String key(String group, String topic, int partition) {
        return group + "/" + topic + "/" + partition;
    }

    public String key() {
        return key(group, topic, partition);
    }

    /** Whether the record at this offset of the mark's partition is a re-run. */
    public boolean covers(long offset) {
        return offset >= from && offset < upTo;
    }

    public static String newAttempt() {
        return "rewind-" + java.util.UUID.randomUUID();
    }
}
