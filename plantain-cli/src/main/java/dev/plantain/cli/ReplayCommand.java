package dev.plantain.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plantain.cli.jobs.JobTimeline;
import dev.plantain.cli.jobs.KafkaClients;
import dev.plantain.kafka.Replays;
import dev.plantain.messages.Json;
import dev.plantain.messages.Stage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Re-publishes one job's record at one stage into that stage's input topic, marked as a replay with a new attempt
 * id, so the stage (and those after it) run again on the same inputs; with the same seed they make the same bytes.
 */
@Command(
        name = "replay",
        description = "Run one stage of a job again from its recorded input; prints the replay's attempt id.")
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--job", required = true, description = "The job id.")
    String jobId;

    @Mixin
    StageOption stage;

    @Option(
            names = "--round",
            description = "For the verifier and refiner: the round to replay (default: the first recorded).")
    Integer round;

    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() throws ExecutionException, InterruptedException {
        Stage s = stage.stage();
        String topic = s.input().name(cluster.topicPrefix());
        String bootstrap = cluster.bootstrap();
        List<ConsumerRecord<String, String>> records;
        try (JobTimeline timeline = new JobTimeline(bootstrap, cluster.topicPrefix())) {
            records = timeline.records(List.of(topic), jobId);
        }
        ConsumerRecord<String, String> original = records.stream()
                .filter(r -> round == null
                        || round
                                == Json.read(r.value(), JsonNode.class)
                                        .path("round")
                                        .asInt(-1))
                .findFirst()
                .orElse(null);
        if (original == null) {
            spec.commandLine()
                    .getErr()
                    .printf("no record of job %s on %s%s%n", jobId, topic, round == null ? "" : " for round " + round);
            return 1;
        }
        String attempt = Replays.newAttempt();
        ProducerRecord<String, String> replay = new ProducerRecord<>(topic, jobId, value(s, original.value(), attempt));
        replay.headers().add(Replays.ATTEMPT, attempt.getBytes(StandardCharsets.UTF_8));
        replay.headers()
                .add(
                        Replays.REPLAY_OF,
                        (original.topic() + "-" + original.partition() + "@" + original.offset())
                                .getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = KafkaClients.producer(bootstrap)) {
            producer.send(replay).get();
        }
        spec.commandLine()
                .getErr()
                .printf(
                        "replayed %s-%d@%d as attempt %s%n",
                        original.topic(), original.partition(), original.offset(), attempt);
        spec.commandLine().getOut().println(attempt);
        return 0;
    }

    /** The record to send: requests go as they were (the attempt rides in a header); job records carry it too. */
    private static String value(Stage stage, String original, String attempt) {
        if (stage == Stage.PLANNER) {
            return original;
        }
        ObjectNode node = (ObjectNode) Json.read(original, JsonNode.class);
        node.put("attempt", attempt);
        return node.toString();
    }
}
