package dev.plantain.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starts Java processes that outlive the CLI, with their output in a log file, and stops them by pid. */
public final class ProcessLauncher {

    private ProcessLauncher() {}

    static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    public static Process start(List<String> javaArgs, Path log) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary().toString());
        command.addAll(javaArgs);
        try {
            Files.createDirectories(log.getParent());
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** Runs a command to its end; fails with its output when it exits non-zero. */
    static void run(List<String> javaArgs, Path log, Duration timeout) {
        Process process = start(javaArgs, log);
        try {
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeout + ": " + javaArgs + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "failed (exit " + process.exitValue() + "): " + javaArgs + "\n" + tail(log));
        }
    }

    /** Stops a process: a polite SIGTERM, then SIGKILL when it has not ended within the grace time. */
    public static void stop(long pid, Duration grace) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        handle.get().destroy();
        try {
            handle.get().onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            handle.get().destroyForcibly();
        } catch (InterruptedException e) {
            handle.get().destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Waits up to {@code wait} for the process to end; true when it has ended (or never existed). */
    static boolean exitsWithin(long pid, Duration wait) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return true;
        }
        try {
            handle.get().onExit().get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot watch process " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for process " + pid, e);
        }
    }

    /** The last lines of a log, for error messages. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
