package dev.plantain.bench;

import dev.plantain.messages.JobEvent;
import dev.plantain.messages.Json;
import dev.plantain.messages.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One finished job as its records tell it: when it was requested and answered (broker timestamps), what each stage
 * reported, and its records per topic in offset order.
 */
record JobTrace(
        long requested,
        long answered,
        List<JobEvent> events,
        Map<String, List<ConsumerRecord<String, String>>> topics) {

    static JobTrace of(List<ConsumerRecord<String, String>> records) {
        Map<String, List<ConsumerRecord<String, String>>> topics = new LinkedHashMap<>();
        List<JobEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            String topic = BenchStack.topic(r);
            topics.computeIfAbsent(topic, t -> new ArrayList<>()).add(r);
            if (topic.equals(Topic.EVENTS.suffix())) {
                events.add(Json.read(r.value(), JobEvent.class));
            }
        }
        topics.values().forEach(list -> list.sort(Comparator.comparingLong(ConsumerRecord::offset)));
        events.sort(Comparator.comparingLong(JobEvent::timestamp));
        List<ConsumerRecord<String, String>> requests = topics.getOrDefault(Topic.REQUESTS.suffix(), List.of());
        List<ConsumerRecord<String, String>> results = topics.getOrDefault(Topic.RESULTS.suffix(), List.of());
        if (requests.isEmpty() || results.isEmpty()) {
            throw new IllegalStateException("job without a request or a result record: " + records);
        }
        return new JobTrace(requests.get(0).timestamp(), results.get(0).timestamp(), events, topics);
    }

    /** Milliseconds from the request record to the result record. */
    long total() {
        return answered - requested;
    }

    /** The job's records on one topic (short name, {@code verify}), in offset order. */
    List<ConsumerRecord<String, String>> on(Topic topic) {
        return topics.getOrDefault(topic.suffix(), List.of());
    }

    /** The events of one stage in one phase, in time order. */
    List<JobEvent> events(String stage, JobEvent.Phase phase) {
        return events.stream()
                .filter(e -> e.stage().equals(stage) && e.phase() == phase)
                .toList();
    }

    /** Each step's milliseconds as its finished event gave them ({@code plan}, {@code verify 0} ...), in time order. */
    Map<String, Long> steps() {
        Map<String, Long> steps = new LinkedHashMap<>();
        for (JobEvent e : events) {
            if (e.phase() == JobEvent.Phase.FINISHED) {
                steps.put(step(e), e.durationMs());
            }
        }
        return steps;
    }

    private static String step(JobEvent e) {
        return switch (e.stage()) {
            case "planner" -> "plan";
            case "draft" -> "draft";
            case "verifier" -> "verify, round " + e.round();
            case "refiner" -> "refine, round " + e.round();
            case "upscaler" -> "upscale";
            default -> e.stage() + " " + e.round();
        };
    }
}
