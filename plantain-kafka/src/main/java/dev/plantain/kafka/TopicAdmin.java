package dev.plantain.kafka;

import dev.plantain.messages.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates Plantain's topics, and the dead-letter topic of every consuming stage, when they are absent. */
public final class TopicAdmin {

    private TopicAdmin() {}

    /** Every topic name for a prefix: the seven topics and the five dead-letter topics. */
    public static List<String> allNames(String prefix) {
        List<String> names = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            names.add(topic.name(prefix));
            if (topic.consumed()) {
                names.add(topic.deadLetterName(prefix));
            }
        }
        return names;
    }

    /**
     * Creates the missing topics with the brokers' default {@code min.insync.replicas}; returns the names it created.
     *
     * @param clientConfig Kafka client settings (bootstrap servers, security)
     * @param replicationFactor replicas per partition; 1 for a single broker
     */
    public static List<String> createMissing(
            Map<String, Object> clientConfig, String prefix, int partitions, short replicationFactor) {
        return createMissing(clientConfig, prefix, partitions, replicationFactor, OptionalInt.empty());
    }

    /**
     * Creates the missing topics; returns the names it created. On a cluster, replication 3 with
     * {@code min.insync.replicas} 2 keeps every partition writable (the producers use {@code acks=all}) while one
     * broker is away, and every acknowledged record on two brokers at least.
     *
     * @param clientConfig Kafka client settings (bootstrap servers, security)
     * @param replicationFactor replicas per partition: 1 for a single broker, 3 for a cluster
     * @param minInsyncReplicas the topics' {@code min.insync.replicas}, 1 to the replication factor; empty: the
     *     brokers' default
     */
    public static List<String> createMissing(
            Map<String, Object> clientConfig,
            String prefix,
            int partitions,
            short replicationFactor,
            OptionalInt minInsyncReplicas) {
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("the replication factor is " + replicationFactor + ": at least 1");
        }
        if (minInsyncReplicas.isPresent()
                && (minInsyncReplicas.getAsInt() < 1 || minInsyncReplicas.getAsInt() > replicationFactor)) {
            throw new IllegalArgumentException("min.insync.replicas is " + minInsyncReplicas.getAsInt()
                    + ": allowed 1 to the replication factor, " + replicationFactor
                    + " (more and no write could ever be acknowledged)");
        }
        Map<String, String> topicConfig = minInsyncReplicas.isPresent()
                ? Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(minInsyncReplicas.getAsInt()))
                : Map.of();
        Properties props = new Properties();
        props.putAll(clientConfig);
        props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = allNames(prefix).stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, partitions, replicationFactor).configs(topicConfig))
                    .toList();
            List<String> created = new ArrayList<>();
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                    created.add(entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return created;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "could not create Plantain's topics at "
                            + clientConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) + ": " + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
