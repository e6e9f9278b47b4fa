package dev.plantain.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.Uuid;

/** A real Apache Kafka broker in KRaft combined mode (broker and controller in one process), as its own process. */
public final class BrokerProcess {

    private BrokerProcess() {}

    static Path classpathDir(StackSettings settings) {
        return settings.home().resolve("plantain-broker/target/lib");
    }

    /**
     * How clients reach the broker: the security protocol of its client listener and the broker settings that
     * protocol needs (a SASL mechanism and its users, say).
     */
    public record ClientListener(String protocol, List<String> settings) {

        static final ClientListener PLAINTEXT = new ClientListener("PLAINTEXT", List.of());
    }

    /** Formats the broker's storage when new (or when its ports changed), then launches it. */
    static Process start(StackSettings settings) {
        return start(settings, ClientListener.PLAINTEXT);
    }

    /** As {@link #start(StackSettings)}, its client listener speaking {@code listener}'s protocol. */
    public static Process start(StackSettings settings, ClientListener listener) {
        Path dir = settings.stateDir().resolve("kafka");
        Path data = dir.resolve("data");
        Path config = dir.resolve("server.properties");
        String properties = serverProperties(settings, data, listener);
        try {
            boolean reuse = Files.exists(config)
                    && Files.readString(config).equals(properties)
                    && Files.exists(data.resolve("meta.properties"));
            if (!reuse) {
                LocalStack.deleteTree(dir);
                Files.createDirectories(dir);
                Files.writeString(config, properties);
                ProcessLauncher.run(
                        List.of(
                                "-cp",
                                classpath(settings),
                                "kafka.tools.StorageTool",
                                "format",
                                "--standalone",
                                "-t",
                                Uuid.randomUuid().toString(),
                                "-c",
                                config.toString()),
                        settings.stateDir().resolve("logs/kafka-format.log"),
                        Duration.ofMinutes(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare broker storage in " + dir, e);
        }
        return ProcessLauncher.start(
                List.of("-Xmx512m", "-XX:+UseSerialGC", "-cp", classpath(settings), "kafka.Kafka", config.toString()),
                settings.stateDir().resolve("logs/kafka.log"));
    }

    private static String classpath(StackSettings settings) {
        return classpathDir(settings) + "/*";
    }

    private static String serverProperties(StackSettings settings, Path data, ClientListener listener) {
        String broker = listener.protocol() + "://localhost:" + settings.kafkaPort();
        String controller = "localhost:" + settings.controllerPort();
        List<String> lines = new ArrayList<>(List.of(
                "# A one-node local broker for Plantain's stack, written by ./plantain up.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=" + controller,
                "listeners=" + broker + ",CONTROLLER://" + controller,
                "advertised.listeners=" + broker + ",CONTROLLER://" + controller,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=" + listener.protocol() + ":" + listener.protocol()
                        + ",CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=" + listener.protocol(),
                "log.dirs=" + data,
                "num.partitions=" + settings.partitions(),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0"));
        lines.addAll(listener.settings());
        lines.add("");
        return String.join("\n", lines);
    }
}
