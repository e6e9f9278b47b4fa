package dev.plantain.stage;

import dev.plantain.kafka.TopicAdmin;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/** Creates Plantain's topics at start-up when they are absent, before the channels begin to poll. */
@Singleton
public class TopicCreator {

    private static final Logger LOG = Logger.getLogger(TopicCreator.class);

    void onStart(@Observes @Priority(1) StartupEvent event, StageConfig stage, Config config) {
        if (!stage.createTopics()) {
            return;
        }
        Map<String, Object> client = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.") && !name.startsWith("kafka.devservices")) {
                config.getOptionalValue(name, String.class).ifPresent(v -> client.put(name.substring(6), v));
            }
        }
        List<String> created = TopicAdmin.createMissing(
                client,
                stage.topicPrefix(),
                stage.partitions(),
                stage.replicationFactor(),
                stage.minInsyncReplicas().map(OptionalInt::of).orElse(OptionalInt.empty()));
        if (!created.isEmpty()) {
            LOG.infof(
                    "created topics %s with %d partitions, replication %d",
                    created, stage.partitions(), stage.replicationFactor());
        }
    }
}
