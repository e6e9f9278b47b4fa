package dev.plantain.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code plantain} command: run the pipeline locally, submit and follow jobs, and call the engines directly. */
@Command(
        name = "plantain",
        mixinStandardHelpOptions = true,
        version = "plantain 0.1.0",
        description = "Text to image by plan, draft, verify, refine, upscale, on Apache Kafka.",
        subcommands = {
            GenerateCommand.class,
            UpCommand.class,
            ImagesCommand.class,
            DownCommand.class,
            SubmitCommand.class,
            TraceCommand.class,
            ReplayCommand.class,
            RewindCommand.class,
            ConsoleScreenshotCommand.class,
            StageCommands.Stop.class,
            StageCommands.Start.class,
            PlanCommand.class,
            DraftCommand.class,
            VerifyCommand.class,
            UpscaleCommand.class,
            FixtureModelCommand.class
        })
public final class PlantainCli {

    /** Exit status when the command could not run (broker unreachable, timeout, build missing). */
    public static final int EXIT_ERROR = 3;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    /** The command line, with errors of a command printed as one line a person can act on. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PlantainCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("plantain: " + e.getMessage());
            return EXIT_ERROR;
        });
        return cli;
    }
}
