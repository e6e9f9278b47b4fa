package dev.plantain.bench;

import dev.plantain.bench.faults.FaultsCommand;
import dev.plantain.bench.truth.BenchTruthCommand;
import dev.plantain.bench.upscale.BenchUpscaleCommand;
import dev.plantain.bench.verifier.BenchVerifierCommand;
import dev.plantain.cli.PlantainCli;
import picocli.CommandLine;

/**
 * The {@code plantain} command of a checkout: the shipped command line ({@link PlantainCli}) plus the benchmarks, the
 * fault scenarios and the gallery, which measure Plantain and are not part of what a user deploys.
 */
public final class PlantainBench {

    private PlantainBench() {}

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    /** The command line with every command of the checkout. */
    public static CommandLine commandLine() {
        CommandLine cli = PlantainCli.commandLine();
        for (Object command : new Object[] {
            new BenchVerifierCommand(),
            new BenchGenEvalCommand(),
            new BenchTruthCommand(),
            new BenchPlannerCommand(),
            new BenchUpscaleCommand(),
            new BenchLoadCommand(),
            new FaultsCommand(),
            new BenchCommand(),
            new BenchDraftCommand(),
            new GalleryCommand()
        }) {
            cli.addSubcommand(command);
        }
        return cli;
    }
}
