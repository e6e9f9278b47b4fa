package dev.plantain.cli;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.draft.DraftRenderer;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.Json;
import dev.plantain.plan.ScenePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Draws a scene plan with the draft service's engine and writes the image and the plan as drawn; no Kafka needed.
 * The drawn plan matters: the draft settles instances off their planned boxes, and the verifier judges the image
 * against the boxes it was drawn in, as the pipeline does.
 */
@Command(
        name = "draft",
        description = "Draw a plan (as ./plantain plan prints it) into a PNG, and write the plan as drawn next to it"
                + " for ./plantain verify.")
final class DraftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The plan (JSON).")
    Path plan;

    @Option(names = "--out", required = true, description = "The PNG to write.")
    Path out;

    @Option(
            names = "--drawn-plan",
            description = "Where to write the plan as drawn. Default: the PNG's name with .plan.json.")
    Path drawnPlan;

    @Override
    public Integer call() throws Exception {
        ScenePlan scene = Json.read(Files.readString(plan), ScenePlan.class);
        DraftRenderer.Draft draft = new ComposingRenderer(ArtLibrary.fluentFlat()).draft(scene);
        Path drawn = drawnPlan != null ? drawnPlan : besideImage(out);
        Files.write(out, ImageCodec.encodePng(draft.image()));
        Files.writeString(drawn, Json.writePretty(draft.drawn()));
        spec.commandLine().getOut().println("image: " + out + "\ndrawn plan: " + drawn);
        return 0;
    }

    private static Path besideImage(Path image) {
        String name = image.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        return image.resolveSibling(stem + ".plan.json");
    }
}
