package dev.plantain.cli.stack;

import dev.plantain.kafka.TopicAdmin;
import dev.plantain.messages.Stage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The stack as containers on the host's network: the broker and service images that {@code ./plantain images}
 * builds, run with the {@code docker} command and sharing the stack's blob directory through a bind mount. Docker
 * keeps which containers belong to the stack (a label naming its state directory); the state file records only its
 * ports and that it runs in containers, so {@code submit}, {@code trace}, {@code replay} and {@code generate} find
 * its broker as they find the process stack's.
 */
public final class ContainerStack implements RunningStack {

    static final String LABEL = "dev.plantain.stack";
    static final String TAG = "dev";
    private static final String RUNTIME = "runtime";
    private static final String CONTAINERS = "containers";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final StackSettings settings;

    private ContainerStack(StackSettings settings) {
        this.settings = settings;
    }

    @Override
    public StackSettings settings() {
        return settings;
    }

    /** The image a stage's service runs from ({@code plantain/draft-service:dev}). */
    static String image(Stage stage) {
        return "plantain/" + StackSettings.module(stage) + ":" + TAG;
    }

    static String brokerImage() {
        return "plantain/kafka:" + TAG;
    }

    /** Whether the state directory records a stack running in containers. */
    static boolean recorded(StackSettings settings) {
        return StackState.read(settings.stateDir())
                .map(state -> CONTAINERS.equals(state.getProperty(RUNTIME)))
                .orElse(false);
    }

    /** The container stack recorded in the state directory, if its broker still answers. */
    static Optional<ContainerStack> find(StackSettings settings) {
        return LocalStack.find(settings).map(found -> new ContainerStack(found.settings()));
    }

    /** Starts the broker container and the services' containers, waits until every service is ready, records it. */
    public static ContainerStack start(StackSettings settings, PrintStream log) {
        List<String> missing = new ArrayList<>();
        if (!Docker.imagePresent(brokerImage())) {
            missing.add(brokerImage());
        }
        for (Stage stage : Stage.values()) {
            if (!Docker.imagePresent(image(stage))) {
                missing.add(image(stage));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no image " + missing + ": build them with ./plantain images");
        }
        if (Readiness.portOpen(settings.kafkaPort())) {
            throw new IllegalStateException("port " + settings.kafkaPort() + " is taken: is a stack already up? "
                    + "Run ./plantain down, or choose another port with --kafka-port");
        }
        ContainerStack stack = new ContainerStack(settings);
        try {
            Files.createDirectories(settings.blobDir());
            log.printf(
                    "starting Kafka (KRaft) in container %s on %s%n", stack.container("kafka"), settings.bootstrap());
            Docker.run(stack.runArguments(
                    "kafka",
                    brokerImage(),
                    List.of(
                            "-e", "KAFKA_HOST=localhost",
                            "-e", "KAFKA_PORT=" + settings.kafkaPort(),
                            "-e", "KAFKA_CONTROLLER_PORT=" + settings.controllerPort(),
                            "-e", "KAFKA_PARTITIONS=" + settings.partitions())));
            StackState.write(settings, Map.of(), Map.of(RUNTIME, CONTAINERS));
            stack.waitFor("kafka", () -> Readiness.portOpen(settings.kafkaPort()), "the Kafka broker");
            List<String> created = TopicAdmin.createMissing(
                    Map.of("bootstrap.servers", settings.bootstrap()),
                    settings.topicPrefix(),
                    settings.partitions(),
                    (short) 1);
            log.printf(
                    "topics ready (%d created, prefix '%s', %d partitions)%n",
                    created.size(), settings.topicPrefix(), settings.partitions());
            stack.startStages(List.of(Stage.values()), log);
            log.printf(
                    "stack ready in containers: Kafka at %s, services on ports %d-%d; docker logs %s shows one%n",
                    settings.bootstrap(),
                    settings.httpPortBase(),
                    settings.httpPortBase() + 4,
                    stack.container("draft-0"));
            return stack;
        } catch (IOException e) {
            stack.stop();
            throw new UncheckedIOException("cannot create " + settings.blobDir(), e);
        } catch (RuntimeException e) {
            stack.stop();
            throw e;
        }
    }

    @Override
    public void startStages(List<Stage> stages, PrintStream log) {
        List<Runnable> readiness = new ArrayList<>();
        for (Stage stage : stages) {
            if (running(stage)) {
                throw new IllegalStateException(stage.label() + " is already running; stop it first");
            }
            for (int i = 0; i < settings.instances(stage); i++) {
                readiness.add(launch(stage, i));
            }
        }
        log.printf("starting %d service container(s)%n", readiness.size());
        readiness.forEach(Runnable::run);
    }

    /** Starts one instance's container; the returned task waits until it is ready. */
    private Runnable launch(Stage stage, int instance) {
        int port = settings.httpPort(stage, instance);
        String name = stage.label() + "-" + instance;
        String blobs = settings.blobDir().toString();
        Docker.run(runArguments(
                name,
                image(stage),
                List.of(
                        // The services write blobs into the host's directory as the user who runs the stack.
                        "--user", owner(settings.blobDir()),
                        "-e", "HOME=/tmp",
                        "-v", blobs + ":" + blobs,
                        "-e", "KAFKA_BOOTSTRAP_SERVERS=" + settings.bootstrap(),
                        "-e", "QUARKUS_HTTP_PORT=" + port,
                        "-e", "PLANTAIN_TOPIC_PREFIX=" + settings.topicPrefix(),
                        "-e", "PLANTAIN_PARTITIONS=" + settings.partitions(),
                        "-e", "PLANTAIN_BLOB_STORE=local",
                        "-e", "PLANTAIN_BLOB_DIR=" + blobs,
                        "-e", "JAVA_OPTS_APPEND=-Djava.awt.headless=true -Xmx768m -XX:+UseSerialGC")));
        return () ->
                waitFor(name, () -> Readiness.serviceReady(port), StackSettings.module(stage) + " on port " + port);
    }

    /** {@code docker run} of one container of this stack, detached, on the host's network, labelled as the stack's. */
    private List<String> runArguments(String name, String image, List<String> settingsOfIt) {
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--detach",
                "--name",
                container(name),
                "--network",
                "host",
                "--label",
                LABEL + "=" + settings.stateDir()));
        args.addAll(settingsOfIt);
        args.add(image);
        return args;
    }

    /** The container's name: the stack's broker port tells stacks apart ({@code plantain-9092-draft-0}). */
    String container(String name) {
        return "plantain-" + settings.kafkaPort() + "-" + name;
    }

    private List<String> containers() {
        return Docker.containersLabelled(LABEL, settings.stateDir().toString());
    }

    private void waitFor(String name, BooleanSupplier ready, String what) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!ready.getAsBoolean()) {
            if (!Docker.containerRunning(container(name))) {
                throw new IllegalStateException(what + " exited during start-up; last lines of docker logs "
                        + container(name) + ":\n" + Docker.tail(container(name)));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " not ready after " + START_TIMEOUT.toSeconds()
                        + " s; see docker logs " + container(name));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    @Override
    public boolean running(Stage stage) {
        return containers().stream().anyMatch(c -> c.startsWith(container(stage.label() + "-")));
    }

    @Override
    public void stopStage(Stage stage) {
        remove(containers().stream()
                .filter(c -> c.startsWith(container(stage.label() + "-")))
                .toList());
    }

    @Override
    public void stop() {
        List<String> all = containers();
        remove(all.stream().filter(c -> !c.equals(container("kafka"))).toList());
        remove(all.stream().filter(c -> c.equals(container("kafka"))).toList());
        StackState.delete(settings.stateDir());
    }

    /** Stops containers politely (SIGTERM, then SIGKILL after 20 s), then removes them. */
    private static void remove(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        List<String> stop = new ArrayList<>(List.of("stop", "--time", "20"));
        stop.addAll(names);
        Docker.run(stop);
        List<String> rm = new ArrayList<>(List.of("rm"));
        rm.addAll(names);
        Docker.run(rm);
    }

    /** {@code uid:gid} of a file's owner, for a container that writes beside it. */
    private static String owner(Path path) {
        try {
            return Files.getAttribute(path, "unix:uid") + ":" + Files.getAttribute(path, "unix:gid");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the owner of " + path, e);
        }
    }
}
