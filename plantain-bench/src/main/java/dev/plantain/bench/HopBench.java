package dev.plantain.bench;

import dev.plantain.messages.JobEvent;
import dev.plantain.messages.Json;
import dev.plantain.messages.RequestParser;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Pipeline overhead per hop: the same 1K job, one at a time, through the five services with the instant engines,
 * against those engines called in one process; each hop split into Kafka delivery, JSON and blob store work.
 */
final class HopBench {

    /** The JVM arguments that select the benchmark-only engines in every service. */
    static final List<String> INSTANT = List.of(
            "-Dplantain.planner.engine=instant",
            "-Dplantain.draft.engine=instant",
            "-Dplantain.verifier.engine=instant",
            "-Dplantain.verifier.ocr.enabled=false",
            "-Dplantain.refiner.engine=instant",
            "-Dplantain.upscaler.engine=instant");

    /** A delivery into a stage: its input topic, which of the stage's runs, and the images it stores and loads. */
    record Hop(String name, Topic topic, Stage stage, int run, int puts, int gets) {}

    static final List<Hop> HOPS = List.of(
            new Hop("client → planner", Topic.REQUESTS, Stage.PLANNER, 0, 0, 0),
            new Hop("planner → draft", Topic.DRAFT, Stage.DRAFT, 0, 1, 0),
            new Hop("draft → verifier", Topic.VERIFY, Stage.VERIFIER, 0, 1, 1),
            new Hop("verifier → refiner", Topic.REFINE, Stage.REFINER, 0, 1, 1),
            new Hop("refiner → verifier", Topic.VERIFY, Stage.VERIFIER, 1, 1, 1),
            new Hop("verifier → upscaler", Topic.UPSCALE, Stage.UPSCALER, 0, 1, 1));

    private HopBench() {}

    static String run(BenchStack stack, int jobs, PrintStream log) throws TimeoutException {
        List<JobTrace> traces = new ArrayList<>();
        for (int i = -2; i < jobs; i++) {
            String id = "bench-hop-" + i + "-" + System.nanoTime();
            stack.submit(id, BenchJobs.request(id, "1K", 1));
            stack.await(Set.of(id), Duration.ofSeconds(60));
            if (i >= 0) {
                traces.add(JobTrace.of(stack.records(id)));
            }
        }
        log.printf("hops: %d jobs measured%n", traces.size());
        BlobTimes blobs = BlobTimes.measure(1024, 1024, jobs);
        Percentiles inProcess = InstantPipeline.measure(jobs);
        KafkaFloor.Figures floor = KafkaFloor.measure(stack.bootstrap(), Math.max(50, jobs * 5));
        Percentiles pipeline =
                Percentiles.of(traces.stream().map(JobTrace::total).toList());
        MarkdownTable table = new MarkdownTable(
                "hop",
                "Kafka produce → consume, ms p50 / p99",
                "record bytes",
                "JSON read + write, ms p50 / p99",
                "images put / got",
                "blob store, ms p50",
                "hop, ms p50");
        for (Hop hop : HOPS) {
            List<Long> kafka = new ArrayList<>();
            String value = null;
            for (JobTrace trace : traces) {
                List<ConsumerRecord<String, String>> in = trace.on(hop.topic());
                List<JobEvent> started = trace.events(hop.stage().label(), JobEvent.Phase.STARTED);
                int index = hop.topic() == Topic.VERIFY ? hop.run() : 0;
                if (in.size() > index && started.size() > hop.run()) {
                    kafka.add(started.get(hop.run()).timestamp() - in.get(index).timestamp());
                    value = in.get(index).value();
                }
            }
            Percentiles k = Percentiles.of(kafka);
            Percentiles json = value == null ? Percentiles.of(List.of()) : json(value, hop.topic());
            double blob =
                    hop.puts() * blobs.put().p50() + hop.gets() * blobs.get().p50();
            table.row(
                    hop.name(),
                    k.ms(0),
                    value == null ? "–" : value.length(),
                    json.ms(3),
                    hop.puts() + " / " + hop.gets(),
                    Percentiles.num(blob, 1),
                    Percentiles.num(k.p50() + json.p50() + blob, 1));
        }
        double perHop = (pipeline.p50() - inProcess.p50()) / HOPS.size();
        return table.render()
                + "\nA job (1K, one refine round) from its request record to its result record: "
                + pipeline.ms(0) + " ms (p50 / p99 over " + pipeline.count() + " jobs); the same engines called in"
                + " one process: " + inProcess.ms(2) + " ms. Overhead per hop at p50: **"
                + Percentiles.num(perHop, 1) + " ms** (goal: at most 5 ms). Blob store on a blank 1024x1024"
                + " image (PNG, local directory): put " + blobs.put().ms(1) + " ms, get "
                + blobs.get().ms(1)
                + " ms (p50 / p99). Kafka delivery is from the producer's record timestamp to the consuming"
                + " stage's started event (both on this machine's clock, whole milliseconds), so it includes"
                + " the consumer's poll and the decoding of the record.\n"
                + floor(floor, perHop);
    }

    /** Kafka's own cost of a hop on the same broker, and what the stages add on top of it. */
    private static String floor(KafkaFloor.Figures floor, double perHop) {
        return "\nKafka's own floor on the same broker, no stage in between (a small record to a read_committed"
                + " consumer already polling, "
                + floor.plain().count()
                + " records each): sent plainly "
                + floor.plain().ms(1)
                + " ms; sent as a stage sends, in a transaction that also commits an input offset, "
                + floor.transactional().ms(1)
                + " ms, of which the commit "
                + floor.commit().ms(1)
                + " ms (p50 / p99). A stage's hop pays the transactional floor; what the stages add above it"
                + " at p50: "
                + Percentiles.num(perHop - floor.transactional().p50(), 1)
                + " ms per hop; the blob store column above (images encoded and put, got and decoded) is part of it.\n";
    }

    /** One read and one write of a hop's record, repeated after a warm-up. */
    private static Percentiles json(String value, Topic topic) {
        List<Double> times = new ArrayList<>();
        for (int i = -200; i < 500; i++) {
            long start = System.nanoTime();
            Object record = topic == Topic.REQUESTS
                    ? RequestParser.parse("bench", value, "bench").request()
                    : Json.read(value, topic.recordType());
            Json.write(record);
            if (i >= 0) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        return Percentiles.of(times);
    }
}
