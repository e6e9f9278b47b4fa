package dev.plantain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.Json;
import dev.plantain.plan.ScenePlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands that run an engine without Kafka: plan, draft, verify and upscale, as README shows them. */
class EngineCommandsTest {

    @TempDir
    Path dir;

    /** What a command printed on each stream, and its exit status. */
    record Run(int exit, String out, String err) {}

    @Test
    void planPrintsTheScenePlanAsJson() throws Exception {
        Run run = plantain(
                "plan", "three yellow bananas above a red apple", "--resolution", "2K", "--aspect-ratio", "16:9");
        assertThat(run.exit()).isZero();
        ScenePlan plan = Json.read(run.out(), ScenePlan.class);
        assertThat(plan.width()).isEqualTo(2048);
        assertThat(plan.height()).isEqualTo(1152);
        assertThat(plan.entities())
                .extracting(e -> e.concept() + "x" + e.count())
                .containsExactly("bananax3", "applex1");
        assertThat(plan.relations()).hasSize(1);
    }

    @Test
    void planJsonlWritesOnePlanOrOneErrorPerLine() throws Exception {
        Path file = dir.resolve("prompts.jsonl");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                "{\"prompt\": \"a cat at night\"}",
                                "{\"prompt\": \"two dogs\", \"seed\": 9}",
                                "not json",
                                "{\"text\": \"no prompt here\"}",
                                "{\"prompt\": \"99 cats\"}",
                                "{\"prompt\": \"a poodle next to a sedan\"}")
                        + "\n");
        Run run = plantain("plan", "--jsonl", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        java.util.List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(Json.read(lines.get(0), ScenePlan.class).setting()).isEqualTo("night");
        assertThat(Json.read(lines.get(1), ScenePlan.class).seed()).isEqualTo(9);
        for (int line : new int[] {3, 4, 5}) {
            assertThat(Json.MAPPER.readTree(lines.get(line - 1)).path("line").asInt())
                    .isEqualTo(line);
            assertThat(Json.MAPPER.readTree(lines.get(line - 1)).path("error").asText())
                    .startsWith("line " + line + ": ");
        }
        assertThat(Json.read(lines.get(5), ScenePlan.class).entities())
                .extracting(e -> e.concept())
                .containsExactly("poodle", "car");
    }

    @Test
    void planNeedsAPromptOrAFile() {
        assertThat(plantain("plan").exit()).isEqualTo(CommandLine.ExitCode.USAGE);
    }

    @Test
    void verifyReadsAnImageAgainstItsPlanAndSaysWhatFailed() throws Exception {
        Path planFile = dir.resolve("plan.json");
        Files.writeString(
                planFile, plantain("plan", "two red apples", "--seed", "4").out());
        Path good = dir.resolve("good.png");
        Run draft = plantain("draft", planFile.toString(), "--out", good.toString());
        assertThat(draft.exit()).as(draft.err()).isZero();
        // the draft settles each instance a little off its planned box: it is judged against the plan as drawn
        Path drawn = dir.resolve("good.plan.json");
        assertThat(draft.out()).contains(drawn.toString());
        assertThat(Json.read(Files.readString(drawn), ScenePlan.class).entities())
                .extracting(e -> e.concept() + "x" + e.count())
                .containsExactly("applex2");
        Path overlay = dir.resolve("overlay.png");

        Run pass = plantain("verify", good.toString(), "--plan", drawn.toString(), "--overlay", overlay.toString());
        assertThat(pass.exit()).as(pass.out()).isZero();
        assertThat(Json.MAPPER.readTree(pass.out()).path("passed").asBoolean()).isTrue();
        assertThat(overlay).exists();

        Path blank = dir.resolve("blank.png");
        ImageIO.write(
                new java.awt.image.BufferedImage(1024, 1024, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png",
                blank.toFile());
        Run fail = plantain("verify", blank.toString(), "--plan", drawn.toString());
        assertThat(fail.exit()).isEqualTo(1);
        assertThat(fail.out()).contains("\"passed\" : false");
    }

    @Test
    void draftWritesTheDrawnPlanWhereAsked() throws Exception {
        Path planFile = dir.resolve("plan.json");
        Files.writeString(planFile, plantain("plan", "three cats").out());
        Path drawn = dir.resolve("elsewhere.json");

        Run run = plantain(
                "draft",
                planFile.toString(),
                "--out",
                dir.resolve("cats.png").toString(),
                "--drawn-plan",
                drawn.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Json.read(Files.readString(drawn), ScenePlan.class)
                        .entities()
                        .get(0)
                        .instances())
                .hasSize(3);
        assertThat(dir.resolve("cats.plan.json")).doesNotExist();
        assertThat(ImageIO.read(dir.resolve("cats.png").toFile())).isNotNull();
    }

    @Test
    void upscaleEnlargesByTheFactor() throws Exception {
        Path in = dir.resolve("in.png");
        Files.write(
                in,
                ImageCodec.encodePng(new ComposingRenderer(ArtLibrary.fluentFlat())
                        .draft(Json.read(
                                plantain("plan", "a cat", "--aspect-ratio", "4:3")
                                        .out(),
                                ScenePlan.class))
                        .image()));
        Path out = dir.resolve("out.png");
        Run run = plantain("upscale", in.toString(), "--scale", "2", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        var image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(2048);
        assertThat(image.getHeight()).isEqualTo(1536);
        assertThat(dev.plantain.image.PngText.read(Files.readAllBytes(out))).containsEntry("upscaler", "lanczos3");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "esrgan, slim, 2, esrgan-slim-x2",
        "esrgan, medium, 3, esrgan-medium-x3"
    })
    void upscaleRunsTheConfiguredEsrganModel(String engine, String model, int scale, String name) throws Exception {
        Path in = dir.resolve("small.png");
        Files.write(
                in,
                ImageCodec.encodePng(
                        new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB)));
        Path out = dir.resolve("small-x.png");
        Run run = plantain(
                "upscale",
                in.toString(),
                "--scale",
                String.valueOf(scale),
                "--engine",
                engine,
                "--model",
                model,
                "--out",
                out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(40 * scale);
        assertThat(dev.plantain.image.PngText.read(Files.readAllBytes(out))).containsEntry("upscaler", name);
    }

    @Test
    void anImageOverThePixelLimitIsRefusedWithAClearMessage() throws Exception {
        Path in = dir.resolve("big.png");
        Files.write(
                in,
                ImageCodec.encodePng(
                        new java.awt.image.BufferedImage(300, 300, java.awt.image.BufferedImage.TYPE_INT_RGB)));
        Run run =
                plantain("upscale", in.toString(), "--out", dir.resolve("x.png").toString(), "--max-pixels", "50000");
        assertThat(run.exit()).isEqualTo(PlantainCli.EXIT_ERROR);
        assertThat(run.err()).contains("over the limit of 50000 pixels");
    }

    private static Run plantain(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PlantainCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
