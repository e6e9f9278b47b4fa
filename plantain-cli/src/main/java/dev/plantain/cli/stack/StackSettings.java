package dev.plantain.cli.stack;

import dev.plantain.messages.Stage;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How a local stack is laid out: where Plantain is checked out, where the stack keeps its state, and its ports.
 *
 * @param home the checkout, holding the packaged services and broker classpath
 * @param stateDir the stack's state: pids, logs, broker data, blobs
 * @param kafkaPort the (first) broker's client port
 * @param controllerPort the (first) broker's KRaft controller port
 * @param httpPortBase the planner's HTTP port; draft, verifier, refiner and upscaler follow (+1 ... +4), and a
 *     stage's extra instances add 10 per instance
 * @param topicPrefix prefix of every topic name
 * @param partitions partitions per topic created
 * @param scale instances per stage (absent means 1)
 * @param brokers brokers in the cluster, each a broker and KRaft controller in one process: 1, or 3 (and more) for
 *     a cluster whose topics are replicated 3 times with {@code min.insync.replicas} 2; broker {@code n} (from 0)
 *     listens on {@code kafkaPort + 10 n} and {@code controllerPort + 10 n}
 */
public record StackSettings(
        Path home,
        Path stateDir,
        int kafkaPort,
        int controllerPort,
        int httpPortBase,
        String topicPrefix,
        int partitions,
        Map<Stage, Integer> scale,
        int brokers) {

    public StackSettings {
        if (brokers != 1 && brokers < 3) {
            throw new IllegalArgumentException(
                    "brokers is " + brokers + ": allowed 1, or 3 and more (a quorum that survives losing one)");
        }
    }

    /** A stack on one broker. */
    public StackSettings(
            Path home,
            Path stateDir,
            int kafkaPort,
            int controllerPort,
            int httpPortBase,
            String topicPrefix,
            int partitions,
            Map<Stage, Integer> scale) {
        this(home, stateDir, kafkaPort, controllerPort, httpPortBase, topicPrefix, partitions, scale, 1);
    }

    /** Every broker's client address, so a client starts while any one of them is up. */
    public String bootstrap() {
        return IntStream.range(0, brokers)
                .mapToObj(node -> "localhost:" + kafkaPort(node))
                .collect(Collectors.joining(","));
    }

    /** The client port of broker {@code node} (from 0). */
    public int kafkaPort(int node) {
        return kafkaPort + 10 * node;
    }

    /** The controller port of broker {@code node} (from 0). */
    public int controllerPort(int node) {
        return controllerPort + 10 * node;
    }

    /** Copies of each partition of the topics the stack creates: 3 on a cluster, else 1. */
    public short replicationFactor() {
        return (short) Math.min(brokers, 3);
    }

    /** Copies an {@code acks=all} write needs: 2 on a cluster, so one broker may be lost; else 1. */
    public int minInsyncReplicas() {
        return brokers >= 3 ? 2 : 1;
    }

    public Path blobDir() {
        return stateDir.resolve("blobs");
    }

    public int instances(Stage stage) {
        return scale.getOrDefault(stage, 1);
    }

    /** The HTTP port of one instance of a stage. */
    public int httpPort(Stage stage, int instance) {
        return httpPortBase + stage.ordinal() + 10 * instance;
    }

    /** The module folder of a stage's service ({@code draft-service}). */
    public static String module(Stage stage) {
        return stage.label() + "-service";
    }
}
