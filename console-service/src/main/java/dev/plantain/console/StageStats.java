package dev.plantain.console;

import dev.plantain.messages.Stage;
import io.quarkus.qute.TemplateData;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/** Per stage: its consumer group's members, its lag on its input topic, and the records on its dead-letter topic. */
@ApplicationScoped
public class StageStats {

    /**
     * One stage's figures.
     *
     * @param members the group's members ({@code client-id@host})
     * @param lag records on the input not yet committed by the group
     * @param deadLetters records on the stage's dead-letter topic
     */
    @TemplateData
    public record Row(String stage, String group, String state, List<String> members, long lag, long deadLetters) {}

    @Inject
    BrokerWatch broker;

    @Inject
    ConsoleConfig config;

    private Admin admin;

    public synchronized List<Row> rows() {
        if (!broker.reachable()) {
            throw new ConsoleException(
                    503,
                    "Broker unreachable",
                    "The stages' figures come from the broker at " + broker.bootstrap()
                            + ", which cannot be reached. This page works again when it is back.");
        }
        try {
            List<Row> rows = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                rows.add(row(stage));
            }
            return rows;
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new ConsoleException(503, "Stages not read", "The broker did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsoleException(503, "Stages not read", "Interrupted.");
        }
    }

    private Row row(Stage stage) throws ExecutionException, InterruptedException, TimeoutException {
        Admin a = admin();
        String input = stage.input().name(config.topicPrefix());
        String state = "no group yet";
        List<String> members = List.of();
        Map<TopicPartition, OffsetAndMetadata> committed = Map.of();
        try {
            ConsumerGroupDescription group = a.describeConsumerGroups(List.of(stage.consumerGroup()))
                    .describedGroups()
                    .get(stage.consumerGroup())
                    .get(5, TimeUnit.SECONDS);
            state = group.groupState().toString();
            members = group.members().stream()
                    .map(m -> m.clientId() + "@" + m.host())
                    .sorted()
                    .toList();
            committed = a.listConsumerGroupOffsets(stage.consumerGroup())
                    .partitionsToOffsetAndMetadata()
                    .get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
        }
        Map<TopicPartition, Long> ends = ends(a, input);
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += Math.max(0, end.getValue() - (done == null ? 0 : done.offset()));
        }
        long dead = ends(a, stage.input().deadLetterName(config.topicPrefix())).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        return new Row(stage.label(), stage.consumerGroup(), state, members, lag, dead);
    }

    /** End offsets of a topic's partitions; none when the topic does not exist. */
    private static Map<TopicPartition, Long> ends(Admin a, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> described;
        try {
            described = a.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> specs = new java.util.HashMap<>();
        Collection<TopicDescription> descriptions = described.values();
        descriptions.forEach(d -> d.partitions()
                .forEach(p -> specs.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets =
                a.listOffsets(specs).all().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, Long> ends = new java.util.HashMap<>();
        offsets.forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap(),
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000));
        }
        return admin;
    }

    void close(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
