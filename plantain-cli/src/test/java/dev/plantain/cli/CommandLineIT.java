package dev.plantain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.cli.CliRun.Run;
import dev.plantain.cli.stack.Readiness;
import dev.plantain.cli.stack.StackSettings;
import dev.plantain.messages.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** README's first command, run as a user runs it: {@code ./plantain generate} with no stack running. */
class CommandLineIT {

    @Test
    void generateStartsItsOwnStackWritesTheImageAndTheResultAndStopsTheStack() throws Exception {
        StackSettings stack = TestStacks.fresh("generate");
        Path out = stack.stateDir().resolve("out/apples.png");
        Run run = CliRun.plantain(
                stack, "generate", "two red apples to the left of a blue car", "--out", out.toString(), "--seed", "11");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("planner")
                .contains("draft")
                .contains("verifier")
                .contains("SUCCEEDED");
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(1024);
        JsonNode result = Json.MAPPER.readTree(Files.readString(stack.stateDir().resolve("out/apples.json")));
        assertThat(result.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(result.path("verified").asBoolean()).isTrue();
        assertThat(Readiness.portOpen(stack.kafkaPort()))
                .as("the stack it started is stopped")
                .isFalse();
    }
}
