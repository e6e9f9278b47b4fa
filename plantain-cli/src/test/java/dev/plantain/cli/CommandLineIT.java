package dev.plantain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.messages.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** README's commands, run as a user runs them: the {@code ./plantain} script in a fresh process. */
class CommandLineIT {

    /** What a command printed and how it exited. */
    record Run(int exit, String output) {}

    @Test
    void generateStartsItsOwnStackWritesTheImageAndTheResultAndStopsTheStack() throws Exception {
        StackSettings stack = TestStacks.fresh("generate");
        Path out = stack.stateDir().resolve("out/apple.png");
        Run run = plantain(stack, "generate", "a red apple", "--out", out.toString(), "--seed", "11");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("planner").contains("draft").contains("verifier").contains("SUCCEEDED");
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(1024);
        JsonNode result = Json.MAPPER.readTree(Files.readString(stack.stateDir().resolve("out/apple.json")));
        assertThat(result.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(LocalStack.portOpen(stack.kafkaPort())).as("the stack it started is stopped").isFalse();
    }

    @Test
    void upSubmitGenerateAndDownShareOneRunningStack() throws Exception {
        StackSettings stack = TestStacks.fresh("up");
        try {
            Run up = plantain(stack, "up");
            assertThat(up.exit()).as(up.output()).isZero();
            Run submit = plantain(stack, "submit", "a yellow banana", "--job-id", "cli-submit-1");
            assertThat(submit.exit()).as(submit.output()).isZero();
            assertThat(submit.output().trim()).endsWith("cli-submit-1");
            Run generate = plantain(stack, "generate", "a cat", "--max-rounds", "9",
                    "--out", stack.stateDir().resolve("cat.png").toString());
            assertThat(generate.exit()).isEqualTo(2);
            assertThat(generate.output()).contains("maxRefineRounds").contains("allowed: 0 to 8");
        } finally {
            Run down = plantain(stack, "down");
            assertThat(down.exit()).as(down.output()).isZero();
        }
        assertThat(LocalStack.portOpen(stack.kafkaPort())).isFalse();
    }

    private static Run plantain(StackSettings stack, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", TestStacks.home().resolve("plantain").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--state-dir", stack.stateDir().toString(), "--kafka-port", String.valueOf(stack.kafkaPort()),
                "--controller-port", String.valueOf(stack.controllerPort()), "--http-port", String.valueOf(stack.httpPortBase())));
        Path log = Files.createTempFile("plantain-cli", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./plantain " + String.join(" ", args) + " did not finish:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }
}
