package dev.plantain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.plantain.messages.DraftJob;
import dev.plantain.messages.Json;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.kafka.common.Uuid;
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

    private static StackSettings settings;
    private static Process broker;
    private static Process planner;

    @BeforeAll
    static void start() throws Exception {
        settings = TestStacks.fresh("sasl");
        Path dir = settings.stateDir().resolve("kafka");
        Files.createDirectories(dir);
        Path config = dir.resolve("server.properties");
        Files.writeString(config, serverProperties(dir.resolve("data")));
        String classpath = BrokerProcess.classpathDir(settings) + "/*";
        ProcessLauncher.run(
                List.of(
                        "-cp",
                        classpath,
                        "kafka.tools.StorageTool",
                        "format",
                        "--standalone",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        config.toString()),
                settings.stateDir().resolve("logs/kafka-format.log"),
                Duration.ofMinutes(1));
        broker = ProcessLauncher.start(
                List.of("-Xmx512m", "-XX:+UseSerialGC", "-cp", classpath, "kafka.Kafka", config.toString()),
                settings.stateDir().resolve("logs/kafka.log"));
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> {
            try (Admin admin = Admin.create(client(true))) {
                admin.listTopics().names().get();
                return true;
            }
        });
        List<String> command = new ArrayList<>(List.of(
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-Dkafka.bootstrap.servers=" + settings.bootstrap(),
                "-Dkafka.security.protocol=SASL_PLAINTEXT",
                "-Dkafka.sasl.mechanism=PLAIN",
                "-Dkafka.sasl.jaas.config=" + JAAS,
                "-Dquarkus.http.port=" + settings.httpPort(Stage.PLANNER, 0),
                "-Dplantain.topic-prefix=" + settings.topicPrefix(),
                "-Dplantain.partitions=1",
                "-Dplantain.blob.store=local",
                "-Dplantain.blob.dir=" + settings.blobDir(),
                "-jar",
                settings.home()
                        .resolve(StackSettings.module(Stage.PLANNER))
                        .resolve("target/quarkus-app/quarkus-run.jar")
                        .toString()));
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
            consumer.assign(List.of(new TopicPartition(draft, 0)));
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

    /** A one-node KRaft broker whose client listener takes only SASL/PLAIN, with one user for Plantain. */
    private static String serverProperties(Path data) {
        String listener = "localhost:" + settings.kafkaPort();
        String controller = "localhost:" + settings.controllerPort();
        return String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=" + controller,
                "listeners=SASL_PLAINTEXT://" + listener + ",CONTROLLER://" + controller,
                "advertised.listeners=SASL_PLAINTEXT://" + listener + ",CONTROLLER://" + controller,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=PLAIN",
                "sasl.mechanism.inter.broker.protocol=PLAIN",
                "listener.name.sasl_plaintext.plain.sasl.jaas.config="
                        + "org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"broker\" password=\"broker-secret\""
                        + " user_broker=\"broker-secret\" user_plantain=\"plantain-secret\";",
                "log.dirs=" + data,
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
    }
}
