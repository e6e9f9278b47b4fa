package dev.plantain.cli;

import dev.plantain.art.ArtLibrary;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.Json;
import dev.plantain.messages.VerificationReport;
import dev.plantain.ocr.OcrReaders;
import dev.plantain.plan.ScenePlan;
import dev.plantain.verifier.ImageVerifier;
import dev.plantain.verifier.PixelVerifier;
import dev.plantain.verifier.TextReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Verifies an image against a scene plan with the verifier service's engine; no Kafka needed. */
@Command(
        name = "verify",
        description = "Verify an image against a plan and print the report as JSON; exit 1 when it fails.")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The image (PNG).")
    Path image;

    @Option(names = "--plan", required = true, description = "The plan, as ./plantain plan prints it.")
    Path plan;

    @Option(names = "--overlay", description = "Also write the overlay (checks drawn green and red) to this PNG.")
    Path overlay;

    @Option(
            names = "--max-pixels",
            defaultValue = "20971520",
            description = "Refuse larger images. Default: ${DEFAULT-VALUE}")
    long maxPixels;

    @Option(
            names = "--ocr",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Read quoted text with the packaged PP-OCRv4 models (--no-ocr: text checks not verified).")
    boolean ocr;

    @Option(names = "--ocr-models", description = "A directory with the PP-OCRv4 files instead of the packaged ones.")
    Path ocrModels;

    @Override
    public Integer call() throws Exception {
        ScenePlan scene = Json.read(Files.readString(plan), ScenePlan.class);
        var pixels = ImageCodec.toRgb(new ImageCodec(maxPixels).decode(Files.readAllBytes(image)));
        ImageVerifier.Verification verification;
        try (TextReader reader = ocr
                ? OcrReaders.open(Optional.ofNullable(ocrModels))
                : TextReader.unavailable("OCR disabled (--no-ocr)")) {
            verification = new PixelVerifier(ArtLibrary.fluentFlat(), reader).verify(pixels, scene);
        }
        if (overlay != null) {
            Files.write(overlay, ImageCodec.encodePng(verification.overlay()));
        }
        VerificationReport report = VerificationReport.of(verification.checks(), verification.atoms(), null);
        spec.commandLine().getOut().println(Json.writePretty(report));
        return report.passed() ? 0 : 1;
    }
}
