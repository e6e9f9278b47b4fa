package dev.plantain.bench;

import dev.plantain.cli.LocalEngines;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.Resolution;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Renders a contact sheet of varied prompts through plan, draft, verify and refine, with each verdict. */
@Command(
        name = "gallery",
        description =
                "Plan, draft, verify and refine a set of varied prompts (counts, colours, relations, text, settings,"
                        + " styles) with the built-in engines in-process, and write a contact sheet with each prompt and its"
                        + " final verdict.")
final class GalleryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", description = "The contact sheet PNG. Default: docs/gallery.png in the checkout.")
    Path out;

    @Option(names = "--resolution", defaultValue = "1K", description = "1K or 2K. Default: ${DEFAULT-VALUE}")
    String resolution;

    @Option(names = "--prompts", description = "A file with one prompt a line instead of the built-in set.")
    Path prompts;

    @Option(
            names = "--scenes",
            description = "The built-in set of realistic scene prompts (things on, in and under others, people riding,"
                    + " walking and standing in settings) instead of the varied one; default out docs/scenes.png.")
    boolean scenes;

    @Option(names = "--limit", defaultValue = "0", description = "Only the first N prompts (0: all).")
    int limit;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every job. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(
            names = "--max-rounds",
            defaultValue = "3",
            description = "Refine rounds at most. Default: ${DEFAULT-VALUE}")
    int maxRounds;

    @Option(
            names = "--thumb",
            defaultValue = "384",
            description = "Thumbnail side in pixels. Default: ${DEFAULT-VALUE}")
    int thumb;

    @Option(names = "--no-ocr", description = "Do not load the OCR model (text checks stay not verified).")
    boolean noOcr;

    @Override
    public Integer call() throws IOException {
        PrintWriter printer = spec.commandLine().getOut();
        int side = Resolution.parse(resolution)
                .filter(r -> r.longSide() <= Resolution.NATIVE_LIMIT)
                .orElseThrow(() -> new IllegalArgumentException("--resolution '" + resolution + "': allowed 1K, 2K"))
                .longSide();
        List<String> all = prompts == null
                ? builtIn(scenes ? "/scene-prompts.txt" : "/gallery-prompts.txt")
                : Files.readAllLines(prompts, StandardCharsets.UTF_8);
        List<String> chosen = all.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .limit(limit > 0 ? limit : Long.MAX_VALUE)
                .toList();
        List<ContactSheet.Tile> tiles = new ArrayList<>();
        int passed = 0;
        try (LocalEngines engines = new LocalEngines(!noOcr)) {
            printer.println("Gallery: " + chosen.size() + " prompts at " + side + "x" + side + ", seed " + seed
                    + ", at most " + maxRounds + " refine rounds; OCR: "
                    + engines.ocrUnavailable().orElse("PP-OCRv4"));
            for (String prompt : chosen) {
                LocalEngines.Outcome o = engines.run(prompt, side, side, seed, maxRounds);
                passed += o.report().passed() ? 1 : 0;
                String note = o.rounds()
                        + (o.rounds() == 1 ? " round" : " rounds")
                        + (o.drawn().unrenderable().isEmpty()
                                ? ""
                                : " · not drawn (no art): "
                                        + String.join(", ", o.drawn().unrenderable()));
                tiles.add(new ContactSheet.Tile(
                        ContactSheet.fit(o.image(), thumb), prompt, o.report().passed(), note));
                printer.printf(
                        "%-7s %-9s %s%s%n",
                        o.report().passed() ? "passed" : "failed",
                        note,
                        prompt,
                        o.report().passed() ? "" : "  [" + o.report().summary() + "]");
                printer.flush();
            }
        }
        Path file = out != null
                ? out
                : Path.of(System.getProperty("plantain.home", "."), "docs", scenes ? "scenes.png" : "gallery.png");
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.write(file, ImageCodec.encodePng(new ContactSheet(thumb, 6).draw(tiles)));
        printer.printf(
                "%d of %d passed verification; wrote %s (%d KiB)%n",
                passed, tiles.size(), file, Files.size(file) / 1024);
        printer.flush();
        return 0;
    }

    private static List<String> builtIn(String resource) throws IOException {
        try (InputStream in = GalleryCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
