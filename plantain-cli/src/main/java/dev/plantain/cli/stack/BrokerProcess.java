package dev.plantain.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one process), as its own process; or,
 * for {@link StackSettings#brokers()} of 3 and more, each node of a cluster of such processes (a static quorum of all
 * of them), so that one can be killed while the others go on.
 */
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

    /** The process name of a node in the stack's state: {@code kafka}, then {@code kafka-1}, {@code kafka-2} ... */
    public static String name(int node) {
        return node == 0 ? "kafka" : "kafka-" + node;
    }

    /** Whether a process name of the stack's state is one of its brokers. */
    static boolean isBroker(String name) {
        return name.equals("kafka") || name.startsWith("kafka-");
    }

    /** Formats the broker's storage when new (or when its ports changed), then launches it. */
    static Process start(StackSettings settings) {
        return start(settings, ClientListener.PLAINTEXT);
    }

    /** As {@link #start(StackSettings)}, its client listener speaking {@code listener}'s protocol. */
    public static Process start(StackSettings settings, ClientListener listener) {
        prepare(settings, listener);
        return launch(settings, 0);
    }

    /**
     * Formats every node's storage, all with one cluster id, unless each node's is already there with the same
     * settings: a node restarted after a kill keeps its data, as a broker that comes back does.
     */
    static void prepare(StackSettings settings, ClientListener listener) {
        try {
            boolean reuse = true;
            for (int node = 0; node < settings.brokers(); node++) {
                Path config = config(settings, node);
                reuse &= Files.exists(config)
                        && Files.readString(config).equals(serverProperties(settings, node, listener))
                        && Files.exists(data(settings, node).resolve("meta.properties"));
            }
            if (reuse) {
                return;
            }
            for (int node = 0; node < settings.brokers(); node++) {
                LocalStack.deleteTree(dir(settings, node));
                Files.createDirectories(dir(settings, node));
                Files.writeString(config(settings, node), serverProperties(settings, node, listener));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare broker storage in " + settings.stateDir(), e);
        }
        String clusterId = Uuid.randomUuid().toString();
        CompletableFuture.allOf(IntStream.range(0, settings.brokers())
                        .mapToObj(node -> CompletableFuture.runAsync(() -> format(settings, node, clusterId)))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    private static void format(StackSettings settings, int node, String clusterId) {
        List<String> command =
                new ArrayList<>(List.of("-cp", classpath(settings), "kafka.tools.StorageTool", "format"));
        if (settings.brokers() == 1) {
            command.add("--standalone");
        }
        command.addAll(List.of("-t", clusterId, "-c", config(settings, node).toString()));
        ProcessLauncher.run(
                command, settings.stateDir().resolve("logs/" + name(node) + "-format.log"), Duration.ofMinutes(1));
    }

    /** Launches one prepared node. */
    static Process launch(StackSettings settings, int node) {
        return ProcessLauncher.start(
                List.of(
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        classpath(settings),
                        "kafka.Kafka",
                        config(settings, node).toString()),
                log(settings, node));
    }

    static Path log(StackSettings settings, int node) {
        return settings.stateDir().resolve("logs/" + name(node) + ".log");
    }

    private static Path dir(StackSettings settings, int node) {
        return settings.stateDir().resolve(name(node));
    }

    private static Path data(StackSettings settings, int node) {
        return dir(settings, node).resolve("data");
    }

    private static Path config(StackSettings settings, int node) {
        return dir(settings, node).resolve("server.properties");
    }

    private static String classpath(StackSettings settings) {
        return classpathDir(settings) + "/*";
    }

    private static String serverProperties(StackSettings settings, int node, ClientListener listener) {
        String broker = listener.protocol() + "://localhost:" + settings.kafkaPort(node);
        String controller = "localhost:" + settings.controllerPort(node);
        List<String> lines = new ArrayList<>(List.of(
                settings.brokers() == 1
                        ? "# A one-node local broker for Plantain's stack, written by ./plantain up."
                        : "# Node " + node + " of a " + settings.brokers()
                                + "-node local cluster for Plantain's stack.",
                "process.roles=broker,controller",
                "node.id=" + (node + 1),
                settings.brokers() == 1
                        ? "controller.quorum.bootstrap.servers=" + controller
                        : "controller.quorum.voters=" + voters(settings),
                "listeners=" + broker + ",CONTROLLER://" + controller,
                "advertised.listeners=" + broker + ",CONTROLLER://" + controller,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=" + listener.protocol() + ":" + listener.protocol()
                        + ",CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=" + listener.protocol(),
                "log.dirs=" + data(settings, node),
                "num.partitions=" + settings.partitions(),
                "offsets.topic.replication.factor=" + settings.replicationFactor(),
                "transaction.state.log.replication.factor=" + settings.replicationFactor(),
                "transaction.state.log.min.isr=" + settings.minInsyncReplicas(),
                "group.initial.rebalance.delay.ms=0"));
        if (settings.brokers() > 1) {
            lines.add("default.replication.factor=" + settings.replicationFactor());
            lines.add("min.insync.replicas=" + settings.minInsyncReplicas());
        }
        lines.addAll(listener.settings());
        lines.add("");
        return String.join("\n", lines);
    }

    private static String voters(StackSettings settings) {
        return IntStream.range(0, settings.brokers())
                .mapToObj(node -> (node + 1) + "@localhost:" + settings.controllerPort(node))
                .collect(Collectors.joining(","));
    }
}
