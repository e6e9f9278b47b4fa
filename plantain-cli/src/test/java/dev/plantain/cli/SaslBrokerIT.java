package dev.plantain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.plantain.cli.stack.BrokerProcess;
import dev.plantain.cli.stack.ProcessLauncher;
import dev.plantain.cli.stack.ServiceLaunch;
import dev.plantain.cli.stack.StackSettings;
import dev.plantain.messages.DraftJob;
import dev.plantain.messages.Json;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kafka's security settings pass through configuration: a real broker (KRaft, its own process) that takes only
 * SASL/PLAIN clients, and the planner service given {@code kafka.security.protocol}, {@code kafka.sasl.mechanism}
 * and {@code kafka.sasl.jaas.config} creates its topics, reads a request and writes its plan in a transaction, as
 * it does on an open broker. A client without the credentials is refused.
 */
class SaslBrokerIT {

    private static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"plantain\" password=\"plantain-secret\";";

    /** The broker's side: PLAIN only, one user for itself and one for Plantain. */
    private static final List<String> SASL_BROKER = List.of(
            "sasl.enabled.mechanisms=PLAIN",
            "sasl.mechanism.inter.broker.protocol=PLAIN",
            "listener.name.sasl_plaintext.plain.sasl.jaas.config="
                    + "org.apache.kafka.common.security.plain.PlainLoginModule required"
                    + " username=\"broker\" password=\"broker-secret\""
                    + " user_broker=\"broker-secret\" user_plantain=\"plantain-secret\";");

    private static StackSettings settings;
    private static Process broker;
    private static Process planner;

    @BeforeAll
    static void start() throws Exception {
        settings = TestStacks.fresh("sasl");
        broker = BrokerProcess.start(settings, new BrokerProcess.ClientListener("SASL_PLAINTEXT", SASL_BROKER));
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> {
            try (Admin admin = Admin.create(client(true))) {
                admin.listTopics().names().get();
                return true;
            }
        });
        List<String> command = ServiceLaunch.command(
                settings,
                Stage.PLANNER,
                settings.httpPort(Stage.PLANNER, 0),
                List.of(
                        "-Dkafka.security.protocol=SASL_PLAINTEXT",
                        "-Dkafka.sasl.mechanism=PLAIN",
                        "-Dkafka.sasl.jaas.config=" + JAAS));
        planner = ProcessLauncher.start(command, settings.stateDir().resolve("logs/planner-service-0.log"));
    }

    @AfterAll
    static void stop() {
        if (planner != null) {
            ProcessLauncher.stop(planner.pid(), Duration.ofSeconds(20));
        }
        if (broker != null) {
            ProcessLauncher.stop(broker.pid(), Duration.ofSeconds(20));
        }
    }

    @Test
    void thePlannerPlansARequestOnABrokerThatTakesOnlySaslClients() throws Exception {
        String draft = Topic.DRAFT.name(settings.topicPrefix());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(client(true));
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(client(true))) {
            await().atMost(Duration.ofMinutes(2))
                    .ignoreExceptions()
                    .until(() -> !consumer.partitionsFor(draft).isEmpty());
            producer.send(new ProducerRecord<>(
                            Topic.REQUESTS.name(settings.topicPrefix()),
                            "sasl-1",
                            "{\"prompt\":\"two red apples\",\"seed\":3}"))
                    .get();
            consumer.assign(consumer.partitionsFor(draft).stream()
                    .map(p -> new TopicPartition(draft, p.partition()))
                    .toList());
            consumer.seekToBeginning(consumer.assignment());
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(found::add);
                return !found.isEmpty();
            });
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
                return found.size() == 1;
            });
            DraftJob job = Json.read(found.get(0).value(), DraftJob.class);
            assertThat(job.jobId()).isEqualTo("sasl-1");
            assertThat(job.plan().entities())
                    .singleElement()
                    .satisfies(e -> assertThat(e.count()).isEqualTo(2));
        }
    }

    @Test
    void aClientWithoutTheCredentialsIsRefused() {
        Properties open = client(false);
        open.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        open.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
        try (Admin admin = Admin.create(open)) {
            assertThatThrownBy(() -> admin.listTopics(new ListTopicsOptions().timeoutMs(5000))
                            .names()
                            .get())
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TimeoutException.class);
        }
    }

    /** Client settings for the broker, with the SASL credentials or without any. */
    private static Properties client(boolean sasl) {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
        if (sasl) {
            p.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
            p.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
            p.put(SaslConfigs.SASL_JAAS_CONFIG, JAAS);
        }
        p.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        p.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        p.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        p.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        p.put("isolation.level", "read_committed");
        return p;
    }
}
