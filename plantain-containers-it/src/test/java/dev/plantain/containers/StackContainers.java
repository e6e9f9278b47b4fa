package dev.plantain.containers;

import dev.plantain.kafka.TopicAdmin;
import dev.plantain.messages.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The stack's containers as Testcontainers starts them: the broker, the S3-compatible store and service instances,
 * every one on the host's network (so all traffic stays on the loopback) on ports of its own, the services keeping
 * their blobs in the store as docker-compose.yml's do. Each container's output goes to target/containers/NAME.log.
 */
final class StackContainers implements AutoCloseable {

    static final String PREFIX = "plantain.";
    static final int PARTITIONS = 2;
    static final String BUCKET = "plantain";
    static final String ACCESS_KEY = "plantain";
    static final String SECRET_KEY = "plantain-secret";

    private final int kafkaPort = freePort();
    private final int controllerPort = freePort();
    private final int s3Port = freePort();
    private final Map<String, GenericContainer<?>> containers = new LinkedHashMap<>();
    private final Map<String, Integer> httpPorts = new LinkedHashMap<>();
    private final Path logs = Images.home().resolve("plantain-containers-it/target/containers");

    String bootstrap() {
        return "localhost:" + kafkaPort;
    }

    String s3Endpoint() {
        return "http://localhost:" + s3Port;
    }

    /** Starts the broker and the store, and creates the topics. */
    void startInfrastructure() {
        start(
                "kafka",
                new GenericContainer<>(DockerImageName.parse(Images.BROKER))
                        .withEnv("KAFKA_PORT", String.valueOf(kafkaPort))
                        .withEnv("KAFKA_CONTROLLER_PORT", String.valueOf(controllerPort))
                        .withEnv("KAFKA_PARTITIONS", String.valueOf(PARTITIONS))
                        .waitingFor(LoopbackWait.forPort(kafkaPort)));
        start(
                "s3",
                new GenericContainer<>(DockerImageName.parse(Images.S3))
                        .withEnv("S3_PORT", String.valueOf(s3Port))
                        .withEnv("S3_BUCKET", BUCKET)
                        .withEnv("S3_ACCESS_KEY", ACCESS_KEY)
                        .withEnv("S3_SECRET_KEY", SECRET_KEY)
                        .waitingFor(LoopbackWait.forPort(s3Port)));
        TopicAdmin.createMissing(Map.of("bootstrap.servers", bootstrap()), PREFIX, PARTITIONS, (short) 1);
    }

    /** Starts one instance of a stage ({@code draft-1}) on its HTTP port, the same port when it is started again. */
    void startService(Stage stage, int instance) {
        String name = stage.label() + "-" + instance;
        int port = httpPorts.computeIfAbsent(name, n -> freePort());
        start(
                name,
                new GenericContainer<>(DockerImageName.parse(Images.service(stage)))
                        .withEnv(serviceEnvironment(port))
                        // A killed instance's partitions go to the others after its session times out: 10 s, not 45.
                        .withEnv(
                                "JAVA_OPTS_APPEND",
                                "-Djava.awt.headless=true -Xmx512m -XX:+UseSerialGC -Dkafka.session.timeout.ms=10000")
                        .waitingFor(LoopbackWait.forReadiness(port)));
    }

    /** A service's settings, as docker-compose.yml gives them too (a test holds the two together). */
    Map<String, String> serviceEnvironment(int httpPort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        env.put("PLANTAIN_TOPIC_PREFIX", PREFIX);
        env.put("PLANTAIN_PARTITIONS", String.valueOf(PARTITIONS));
        env.put("PLANTAIN_BLOB_STORE", "s3");
        env.put("PLANTAIN_BLOB_S3_ENDPOINT", s3Endpoint());
        env.put("PLANTAIN_BLOB_S3_BUCKET", BUCKET);
        env.put("PLANTAIN_BLOB_S3_ACCESS_KEY", ACCESS_KEY);
        env.put("PLANTAIN_BLOB_S3_SECRET_KEY", SECRET_KEY);
        return env;
    }

    int httpPort(Stage stage, int instance) {
        return httpPorts.get(stage.label() + "-" + instance);
    }

    /** Kills a container with SIGKILL, as a crash or an OOM kill would: no shutdown, open transactions left open. */
    void kill(String name) {
        GenericContainer<?> container = containers.remove(name);
        container.getDockerClient().killContainerCmd(container.getContainerId()).exec();
        container.stop();
    }

    private void start(String name, GenericContainer<?> container) {
        Path log = logs.resolve(name + ".log");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        container
                .withNetworkMode("host")
                .withLogConsumer(frame -> append(log, frame.getUtf8String()))
                .start();
        containers.put(name, container);
    }

    private static void append(Path log, String text) {
        try {
            Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the services, then the store and the broker. */
    @Override
    public void close() {
        List<GenericContainer<?>> all = new ArrayList<>(containers.values());
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).stop();
        }
        containers.clear();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
