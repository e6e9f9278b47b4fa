package dev.plantain.kafka.jobs;

import dev.plantain.kafka.TopicAdmin;
import dev.plantain.messages.DraftJob;
import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.Json;
import dev.plantain.messages.RefineJob;
import dev.plantain.messages.Topic;
import dev.plantain.messages.UndecodableRecordException;
import dev.plantain.messages.UpscaleJob;
import dev.plantain.messages.VerifyJob;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.utils.Utils;

/**
 * A job's records on every topic. Records are keyed by job id, so on each topic they all sit on the one partition
 * the default partitioner picks for the key: only that partition is read, from its start to its current end.
 */
public final class JobTimeline implements AutoCloseable {

    /** One record of the job; {@code traceId} from its {@code traceparent} header, null when it has none. */
    public record Entry(long timestamp, String topic, int partition, long offset, String summary, String traceId) {}

    /** Bounds the read when a partition's end cannot be reached (an open transaction holds it back). */
    private static final Duration READ_LIMIT = Duration.ofSeconds(60);

    private final String prefix;
    private final KafkaConsumer<String, String> consumer;

    public JobTimeline(String bootstrap, String prefix) {
        this.prefix = prefix;
        consumer = KafkaClients.consumer(bootstrap);
    }

    /** The job's records on every topic, in time order. */
    public List<Entry> read(String jobId) {
        List<Entry> entries = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records(TopicAdmin.allNames(prefix), jobId)) {
            String topic = r.topic().substring(prefix.length());
            entries.add(new Entry(r.timestamp(), topic, r.partition(), r.offset(), summary(topic, r), traceId(r)));
        }
        entries.sort(Comparator.comparingLong(Entry::timestamp));
        return entries;
    }

    /** The job's records on the given topics (full names), in offset order within each topic. */
    public List<ConsumerRecord<String, String>> records(List<String> topics, String jobId) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                partitions.add(new TopicPartition(topic, partitionOf(jobId, infos.size())));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + READ_LIMIT.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                if (jobId.equals(r.key())) {
                    found.add(r);
                }
            }
        }
        return found;
    }

    /** The partition Kafka's default partitioner gives a keyed record. */
    public static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static String summary(String topic, ConsumerRecord<String, String> r) {
        if (topic.endsWith(Topic.DEAD_LETTER_SUFFIX)) {
            return "dead letter: " + header(r, "dead-letter-reason");
        }
        try {
            return switch (Topic.valueOf(topic.toUpperCase(java.util.Locale.ROOT))) {
                case REQUESTS -> "request " + abbreviate(r.value());
                case DRAFT -> plan(Json.read(r.value(), DraftJob.class));
                case VERIFY -> verify(Json.read(r.value(), VerifyJob.class));
                case REFINE -> refine(Json.read(r.value(), RefineJob.class));
                case UPSCALE -> upscale(Json.read(r.value(), UpscaleJob.class));
                case RESULTS -> result(Json.read(r.value(), JobResult.class));
                case EVENTS -> event(Json.read(r.value(), JobEvent.class));
            };
        } catch (UndecodableRecordException e) {
            return "unreadable record: " + e.getMessage();
        }
    }

    private static String plan(DraftJob j) {
        return "planned: " + j.plan().entities().size() + " entities, "
                + j.plan().checks().size() + " checks, " + j.plan().width() + "x"
                + j.plan().height();
    }

    private static String verify(VerifyJob j) {
        return "round " + j.round() + " candidate " + j.candidate().blob()
                + (j.changes().isEmpty() ? "" : " after " + j.changes().size() + " change(s)");
    }

    private static String refine(RefineJob j) {
        return "round " + j.round() + " to repair: " + j.report().summary();
    }

    private static String upscale(UpscaleJob j) {
        return "chosen " + j.candidate().blob() + (j.report().passed() ? " (verified)" : " (best effort)");
    }

    private static String result(JobResult r) {
        return r.status()
                + (r.image() == null
                        ? ""
                        : " " + r.image().blob() + " " + r.image().width() + "x"
                                + r.image().height()) + " rounds " + r.rounds()
                + (r.reason() == null ? "" : ": " + r.reason());
    }

    private static String event(JobEvent e) {
        return e.stage() + " round " + e.round() + " " + e.phase().label()
                + (e.durationMs() > 0 ? " in " + e.durationMs() + " ms" : "")
                + (e.detail() == null ? "" : ": " + e.detail());
    }

    /** The trace id of a W3C {@code traceparent} header ({@code 00-TRACEID-SPANID-FLAGS}), or null. */
    public static String traceId(ConsumerRecord<String, String> r) {
        Header h = r.headers().lastHeader("traceparent");
        String[] parts = h == null ? new String[0] : new String(h.value(), StandardCharsets.UTF_8).split("-");
        return parts.length == 4 && parts[1].matches("[0-9a-f]{32}") ? parts[1] : null;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "(no reason header)" : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String value) {
        String v = value == null ? "(no value)" : value.replaceAll("\\s+", " ");
        return v.length() > 160 ? v.substring(0, 160) + "..." : v;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
