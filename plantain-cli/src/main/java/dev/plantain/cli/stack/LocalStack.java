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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The whole pipeline on one machine: a real Kafka broker (KRaft, combined broker and controller), or a cluster of
 * them, and the five stage services, each its own process, sharing a local blob directory. Its state (pids, logs, broker data, blobs) lives
 * in one directory, so {@code up}, {@code generate} and {@code down} find a running stack again.
 */
public final class LocalStack implements RunningStack {

    private final StackSettings settings;
    /** Pids by process name ({@code kafka}, {@code draft-0} ...), in start order. */
    private final Map<String, Long> processes;
    /** Extra JVM arguments of every service process ({@code -Dplantain.draft.engine=instant}). */
    private final List<String> serviceArgs;

    private LocalStack(StackSettings settings, Map<String, Long> processes, List<String> serviceArgs) {
        this.settings = settings;
        this.processes = processes;
        this.serviceArgs = List.copyOf(serviceArgs);
    }

    /** Pids by process name ({@code kafka}, {@code draft-0} ...), in start order. */
    public Map<String, Long> processes() {
        return Map.copyOf(processes);
    }

    @Override
    public StackSettings settings() {
        return settings;
    }

    /** The stack recorded in the state directory, if its broker still answers. */
    public static Optional<LocalStack> find(StackSettings settings) {
        Optional<Properties> read = StackState.read(settings.stateDir());
        if (read.isEmpty() || !Readiness.portOpen(Integer.parseInt(read.get().getProperty("kafka.port")))) {
            return Optional.empty();
        }
        Properties state = read.get();
        StackSettings found = new StackSettings(
                settings.home(),
                settings.stateDir(),
                Integer.parseInt(state.getProperty("kafka.port")),
                Integer.parseInt(state.getProperty("controller.port")),
                Integer.parseInt(state.getProperty("http.port.base")),
                state.getProperty("topic.prefix"),
                settings.partitions(),
                settings.scale(),
                Integer.parseInt(state.getProperty("brokers", "1")));
        return Optional.of(new LocalStack(found, new LinkedHashMap<>(StackState.processes(state)), List.of()));
    }

    /** Starts a broker and the services, waits until every service is ready, and records the stack. */
    public static LocalStack start(StackSettings settings, PrintStream log) {
        return start(settings, log, List.of());
    }

    /**
     * Starts a stack whose service processes get these extra JVM arguments (the benchmark's engines, JFR); a
     * {@code -Dplantain.STAGE.*} property goes to that stage's services only.
     */
    public static LocalStack start(StackSettings settings, PrintStream log, List<String> serviceArgs) {
        ServiceLaunch.requirePackaged(settings);
        if (Readiness.portOpen(settings.kafkaPort())) {
            throw new IllegalStateException("port " + settings.kafkaPort() + " is taken: is a stack already up? "
                    + "Run ./plantain down, or choose another port with --kafka-port");
        }
        LocalStack stack = new LocalStack(settings, new LinkedHashMap<>(), serviceArgs);
        try {
            log.printf(
                    "starting Kafka (KRaft%s) on %s%n",
                    settings.brokers() == 1 ? "" : ", " + settings.brokers() + " brokers", settings.bootstrap());
            BrokerProcess.prepare(settings, BrokerProcess.ClientListener.PLAINTEXT);
            stack.launchBrokers(IntStream.range(0, settings.brokers()).boxed().toList());
            Readiness.waitFor(
                    () -> Readiness.brokersRegistered(settings.bootstrap(), settings.brokers()),
                    stack.processes.get(BrokerProcess.name(0)),
                    BrokerProcess.log(settings, 0),
                    "the cluster's " + settings.brokers() + " brokers");
            List<String> created = TopicAdmin.createMissing(
                    Map.of("bootstrap.servers", settings.bootstrap()),
                    settings.topicPrefix(),
                    settings.partitions(),
                    settings.replicationFactor(),
                    OptionalInt.of(settings.minInsyncReplicas()));
            log.printf(
                    "topics ready (%d created, prefix '%s', %d partitions, replication %d)%n",
                    created.size(), settings.topicPrefix(), settings.partitions(), settings.replicationFactor());
            stack.startStages(List.of(Stage.values()), log);
            log.printf(
                    "stack ready: Kafka at %s, services on ports %d-%d, logs in %s%n",
                    settings.bootstrap(),
                    settings.httpPortBase(),
                    settings.httpPortBase() + 4,
                    settings.stateDir().resolve("logs"));
            return stack;
        } catch (RuntimeException e) {
            stack.stop();
            throw e;
        }
    }

    /** Starts the instances of these stages ({@code settings.instances}), waits until they are ready, records them. */
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
        log.printf("starting %d service process(es)%n", readiness.size());
        StackState.write(settings, processes);
        readiness.forEach(Runnable::run);
    }

    /** Starts one more instance of a running stage and waits until it is ready. */
    public void addInstance(Stage stage, PrintStream log) {
        int instance = processes.keySet().stream()
                        .filter(n -> n.startsWith(stage.label() + "-"))
                        .mapToInt(
                                n -> Integer.parseInt(n.substring(stage.label().length() + 1)))
                        .max()
                        .orElse(-1)
                + 1;
        log.printf("starting %s instance %d%n", stage.label(), instance);
        Runnable readiness = launch(stage, instance);
        StackState.write(settings, processes);
        readiness.run();
    }

    /** Launches one instance and records it; the returned task waits until it is ready. */
    private Runnable launch(Stage stage, int instance) {
        int port = settings.httpPort(stage, instance);
        String name = stage.label() + "-" + instance;
        Path serviceLog = settings.stateDir().resolve("logs/" + StackSettings.module(stage) + "-" + instance + ".log");
        Process process = ProcessLauncher.start(ServiceLaunch.command(settings, stage, port, serviceArgs), serviceLog);
        processes.put(name, process.pid());
        return () -> Readiness.waitFor(
                () -> Readiness.serviceReady(port),
                process.pid(),
                serviceLog,
                StackSettings.module(stage) + " on port " + port);
    }

    /**
     * Starts the web console beside the stack on this port (localhost only), waits until it is ready, records it so
     * that {@code down} stops it, and returns its URL.
     */
    public String startConsole(int port, PrintStream log) {
        if (Readiness.portOpen(port)) {
            throw new IllegalStateException(
                    "port " + port + " is taken: choose another for the console with --console-port");
        }
        Path consoleLog = settings.stateDir().resolve("logs/console-service.log");
        Process process = ProcessLauncher.start(ConsoleLaunch.command(settings, port), consoleLog);
        processes.put(ConsoleLaunch.NAME, process.pid());
        StackState.write(settings, processes);
        Readiness.waitFor(
                () -> Readiness.serviceReady(port), process.pid(), consoleLog, "console-service on port " + port);
        String url = "http://localhost:" + port + "/";
        log.printf("console ready: %s%n", url);
        return url;
    }

    /** Stops one instance ({@code draft-0}) politely, leaving the stage's other instances to take its partitions. */
    public void stopInstance(String name) {
        Long pid = processes.remove(name);
        if (pid == null) {
            throw new IllegalArgumentException("no process " + name + " in this stack: " + processes.keySet());
        }
        ProcessLauncher.stop(pid, Duration.ofSeconds(20));
        StackState.write(settings, processes);
    }

    /** Stops every instance of a stage, leaving the rest of the stack running. */
    @Override
    public void stopStage(Stage stage) {
        List<String> names = processes.keySet().stream()
                .filter(n -> n.startsWith(stage.label() + "-"))
                .toList();
        for (String name : names) {
            ProcessLauncher.stop(processes.remove(name), Duration.ofSeconds(20));
        }
        StackState.write(settings, processes);
    }

    /** Stops the broker and starts it again on its own data; the services reconnect by themselves. */
    public void restartBroker() {
        stopBroker();
        startBroker();
    }

    /** Stops the broker (every broker of a cluster, at once), leaving the services running without it. */
    public void stopBroker() {
        stopAtOnce(IntStream.range(0, settings.brokers())
                .mapToObj(node -> processes.get(BrokerProcess.name(node)))
                .filter(Objects::nonNull)
                .toList());
    }

    /**
     * Asks every process to stop at once, then waits for each (SIGKILL after 20 s): services shut down side by side
     * rather than one after another, and brokers together, since one stopped after the others would wait in vain for
     * a controller quorum.
     */
    private static void stopAtOnce(List<Long> pids) {
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy));
        pids.forEach(pid -> ProcessLauncher.stop(pid, Duration.ofSeconds(20)));
    }

    /** Starts the broker (every broker of a cluster) again on its own data and waits until its port answers. */
    public void startBroker() {
        launchBrokers(IntStream.range(0, settings.brokers()).boxed().toList());
    }

    /** Kills one broker of the cluster (0, 1, 2 ...) with SIGKILL, as a crash or the kernel's OOM killer would. */
    public void killBroker(int node) {
        ProcessHandle broker = ProcessHandle.of(processes.get(BrokerProcess.name(node)))
                .orElseThrow(() -> new IllegalStateException(BrokerProcess.name(node) + " is not running"));
        broker.destroyForcibly();
        broker.onExit().join();
    }

    /** Starts one broker of the cluster again on its own data and waits until its port answers. */
    public void startBroker(int node) {
        launchBrokers(List.of(node));
    }

    private void launchBrokers(List<Integer> nodes) {
        BrokerProcess.prepare(settings, BrokerProcess.ClientListener.PLAINTEXT);
        for (int node : nodes) {
            processes.put(
                    BrokerProcess.name(node),
                    BrokerProcess.launch(settings, node).pid());
        }
        StackState.write(settings, processes);
        for (int node : nodes) {
            Readiness.waitFor(
                    () -> Readiness.portOpen(settings.kafkaPort(node)),
                    processes.get(BrokerProcess.name(node)),
                    BrokerProcess.log(settings, node),
                    "the Kafka broker on port " + settings.kafkaPort(node));
        }
    }

    @Override
    public boolean running(Stage stage) {
        return processes.keySet().stream().anyMatch(n -> n.startsWith(stage.label() + "-"));
    }

    /** Stops the services (all at once), then the brokers, and forgets the stack. */
    @Override
    public void stop() {
        List<String> names = new ArrayList<>(processes.keySet());
        stopAtOnce(names.stream()
                .filter(name -> !BrokerProcess.isBroker(name))
                .map(processes::get)
                .toList());
        stopAtOnce(names.stream()
                .filter(BrokerProcess::isBroker)
                .map(processes::get)
                .toList());
        StackState.delete(settings.stateDir());
    }

    /** Deletes a directory tree; used to reset broker data whose ports changed. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
