package dev.plantain.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running local stack left in its state directory: its ports and, by name ({@code kafka}, {@code draft-0},
 * {@code draft-1} ...), the pid of each of its processes.
 */
final class StackState {

    private static final String FILE = "stack.properties";
    private static final String PROCESS = "process.";

    private StackState() {}

    static Optional<Properties> read(Path stateDir) {
        Path file = stateDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            state.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Optional.of(state);
    }

    static void write(StackSettings settings, Map<String, Long> processes) {
        write(settings, processes, Map.of());
    }

    /** As {@link #write(StackSettings, Map)}, with further entries ({@code runtime=containers}). */
    static void write(StackSettings settings, Map<String, Long> processes, Map<String, String> extra) {
        Properties state = new Properties();
        state.setProperty("kafka.port", String.valueOf(settings.kafkaPort()));
        state.setProperty("controller.port", String.valueOf(settings.controllerPort()));
        state.setProperty("http.port.base", String.valueOf(settings.httpPortBase()));
        state.setProperty("topic.prefix", settings.topicPrefix());
        state.setProperty("brokers", String.valueOf(settings.brokers()));
        processes.forEach((name, pid) -> state.setProperty(PROCESS + name, String.valueOf(pid)));
        extra.forEach(state::setProperty);
        try (var out = Files.newBufferedWriter(settings.stateDir().resolve(FILE))) {
            state.store(out, "the running local Plantain stack; ./plantain down stops it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The processes, in the order they were started. */
    static Map<String, Long> processes(Properties state) {
        Map<String, Long> processes = new LinkedHashMap<>();
        state.stringPropertyNames().stream()
                .filter(k -> k.startsWith(PROCESS))
                .sorted((a, b) -> Boolean.compare(
                        !BrokerProcess.isBroker(a.substring(PROCESS.length())),
                        !BrokerProcess.isBroker(b.substring(PROCESS.length()))))
                .forEach(k -> processes.put(k.substring(PROCESS.length()), Long.parseLong(state.getProperty(k))));
        return processes;
    }

    static void delete(Path stateDir) {
        try {
            Files.deleteIfExists(stateDir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
