package dev.plantain.cli;

import dev.plantain.cli.jobs.RewindMarkWriter;
import dev.plantain.messages.RewindMark;
import dev.plantain.messages.Stage;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Resets a stopped stage's consumer group on its input topic, as {@code kafka-consumer-groups --reset-offsets} does,
 * so the stage runs again from that point when it starts.
 */
@Command(
        name = "rewind",
        description = "Reset a stopped stage's consumer group to a time or an offset on its input topic.")
final class RewindCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StageOption stage;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where to rewind to: exactly one. */
    static final class Target {

        @Option(
                names = "--to-time",
                description =
                        "An instant (2026-11-26T22:00:00Z) or epoch milliseconds: the first record at or after it")
        String time;

        @Option(
                names = "--to-offset",
                description = "The same offset on every partition, clamped to what the partition holds")
        Long offset;

        @Option(names = "--to-earliest", description = "The start of every partition")
        boolean earliest;

        @Option(names = "--to-latest", description = "The end of every partition (skip everything waiting)")
        boolean latest;
    }

    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() throws ExecutionException, InterruptedException {
        Stage s = stage.stage();
        String group = s.consumerGroup();
        String topic = s.input().name(cluster.topicPrefix());
        PrintWriter out = spec.commandLine().getOut();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrap()))) {
            ConsumerGroupDescription description =
                    admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            if (!description.members().isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .printf(
                                "%s is running: %d instance(s) in consumer group %s. Stop it first "
                                        + "(./plantain stop --stage %s), rewind, then start it again.%n",
                                s.label(), description.members().size(), group, s.label());
                return 1;
            }
            List<TopicPartition> partitions =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
            Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest());
            Map<TopicPartition, Long> latest = offsets(admin, partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> wanted = target.time != null
                    ? offsets(admin, partitions, OffsetSpec.forTimestamp(epochMillis(target.time)))
                    : target.earliest ? earliest : target.latest ? latest : Map.of();
            Map<TopicPartition, OffsetAndMetadata> current = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, OffsetAndMetadata> reset = new HashMap<>();
            List<RewindMark> marks = new ArrayList<>();
            String attempt = RewindMark.newAttempt();
            for (TopicPartition p : partitions) {
                long to = target.offset != null ? target.offset : wanted.get(p);
                long clamped = to < 0 ? latest.get(p) : Math.max(earliest.get(p), Math.min(latest.get(p), to));
                reset.put(p, new OffsetAndMetadata(clamped));
                OffsetAndMetadata was = current.get(p);
                if (was != null && clamped < was.offset()) {
                    marks.add(new RewindMark(
                            group, topic, p.partition(), clamped, was.offset(), attempt, System.currentTimeMillis()));
                }
                out.printf(
                        "%s-%d: %s -> %d%n",
                        topic, p.partition(), was == null ? "none" : String.valueOf(was.offset()), clamped);
            }
            new RewindMarkWriter(admin, cluster).write(marks);
            admin.alterConsumerGroupOffsets(group, reset).all().get();
            if (!marks.isEmpty()) {
                out.printf(
                        "records read again carry attempt id %s: their results are re-runs, not new answers%n",
                        attempt);
            }
            out.printf("consumer group %s rewound; ./plantain start --stage %s runs it from there%n", group, s.label());
            return 0;
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request).all().get().forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    private static long epochMillis(String time) {
        try {
            return time.chars().allMatch(Character::isDigit)
                    ? Long.parseLong(time)
                    : Instant.parse(time).toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--to-time '" + time + "': give an instant like 2026-11-26T22:00:00Z or epoch milliseconds");
        }
    }
}
