package dev.plantain.cli;

import dev.plantain.cli.stack.StackSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command in a fresh process, as a user at a shell would, and keeps what it printed. */
final class CliRun {

    /** What a command printed (both streams) and how it exited. */
    record Run(int exit, String output) {}

    private CliRun() {}

    /** {@code ./plantain ARGS} pointed at a test stack's state directory and ports. */
    static Run plantain(StackSettings stack, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("bash", TestStacks.home().resolve("plantain").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of(
                "--state-dir",
                stack.stateDir().toString(),
                "--kafka-port",
                String.valueOf(stack.kafkaPort()),
                "--controller-port",
                String.valueOf(stack.controllerPort()),
                "--http-port",
                String.valueOf(stack.httpPortBase())));
        return run(command, null);
    }

    static Run run(List<String> command, String input) throws IOException, InterruptedException {
        Path log = Files.createTempFile("plantain-run", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }
}
