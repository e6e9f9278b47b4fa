package dev.plantain.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@code docker} command line, run to its end: how the container stack starts, inspects and stops containers. */
final class Docker {

    private Docker() {}

    /** Runs {@code docker ARGS} and returns what it printed; fails with its output when it exits non-zero. */
    static String run(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add("docker");
        command.addAll(args);
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            String output = new String(out, StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "failed (exit " + process.exitValue() + "): " + String.join(" ", command) + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run docker (is it installed?): " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    static String run(String... args) {
        return run(List.of(args));
    }

    /** Whether an image with this name and tag is present locally. */
    static boolean imagePresent(String image) {
        try {
            run("image", "inspect", "--format", "{{.Id}}", image);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Whether this container exists and runs. */
    static boolean containerRunning(String name) {
        try {
            return run("container", "inspect", "--format", "{{.State.Running}}", name)
                    .equals("true");
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The names of the containers, running or not, that carry this label with this value. */
    static List<String> containersLabelled(String label, String value) {
        String names = run("ps", "--all", "--filter", "label=" + label + "=" + value, "--format", "{{.Names}}");
        return names.isEmpty() ? List.of() : List.of(names.split("\n"));
    }

    /** The last lines a container printed, for error messages. */
    static String tail(String name) {
        try {
            return run("logs", "--tail", "25", name);
        } catch (IllegalStateException e) {
            return "(no logs of " + name + ")";
        }
    }
}
