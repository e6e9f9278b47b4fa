package dev.plantain.cli.jobs;

import dev.plantain.cli.ClusterOptions;
import dev.plantain.kafka.jobs.KafkaClients;
import dev.plantain.messages.Json;
import dev.plantain.messages.RewindMark;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Writes a rewind's marks to the compacted marks topic (creating it the first time), before the consumer group is
 * reset, so that a stage never reads a rewound record again without knowing it is a re-run.
 */
public final class RewindMarkWriter {

    private final Admin admin;
    private final ClusterOptions cluster;

    public RewindMarkWriter(Admin admin, ClusterOptions cluster) {
        this.admin = admin;
        this.cluster = cluster;
    }

    public void write(List<RewindMark> marks) throws ExecutionException, InterruptedException {
        if (marks.isEmpty()) {
            return;
        }
        String topic = cluster.topicPrefix() + RewindMark.TOPIC;
        try {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) -1)
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all()
                    .get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        try (KafkaProducer<String, String> producer = KafkaClients.producer(cluster.bootstrap())) {
            for (RewindMark mark : marks) {
                producer.send(new ProducerRecord<>(topic, mark.key(), Json.write(mark)))
                        .get();
            }
        }
    }
}
