package dev.plantain.cli;

import dev.plantain.messages.Stage;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The {@code --stage} option of every command that acts on one stage, and the one place stage names are read. */
public final class StageOption {

    @Option(names = "--stage", required = true, description = "planner, draft, verifier, refiner or upscaler")
    String name;

    Stage stage() {
        return parse(name);
    }

    /** A stage by its label ({@code draft}), or an error naming the allowed labels. */
    public static Stage parse(String label) {
        return Arrays.stream(Stage.values())
                .filter(s -> s.label().equals(label.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("stage '" + label + "': allowed "
                        + Arrays.stream(Stage.values()).map(Stage::label).collect(Collectors.joining(", "))));
    }
}
