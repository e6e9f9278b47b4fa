package dev.plantain.diffusion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files an export in Optimum's ONNX layout must hold for an engine to use it, checked before any model loads, so
 * that a wrong directory is named at start-up with what is missing and what is there instead.
 */
public final class ExportLayout {

    /** What every export needs: the CLIP tokenizer, the text encoder, the UNet, the VAE decoder, the scheduler. */
    static final List<String> REQUIRED = List.of(
            "tokenizer/vocab.json",
            "tokenizer/merges.txt",
            "text_encoder/model.onnx",
            "unet/model.onnx",
            "vae_decoder/model.onnx",
            "scheduler/scheduler_config.json");

    /** What inpainting needs besides: the VAE encoder, to bring the image into latents. */
    static final String ENCODER = "vae_encoder/model.onnx";

    private ExportLayout() {}

    /** The required files missing from {@code directory}, empty when it holds an export the engine can use. */
    public static List<String> missing(Path directory, boolean inpainting) {
        List<String> missing = new ArrayList<>();
        Stream.concat(REQUIRED.stream(), inpainting ? Stream.of(ENCODER) : Stream.empty())
                .filter(file -> !Files.isRegularFile(directory.resolve(file)))
                .forEach(missing::add);
        return missing;
    }

    /** The directory's entries, folders with a trailing slash, sorted, at most 12 (then how many more). */
    public static String contents(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<String> names = entries.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : ""))
                    .sorted()
                    .toList();
            if (names.isEmpty()) {
                return "nothing (the directory is empty)";
            }
            String shown = String.join(", ", names.subList(0, Math.min(12, names.size())));
            return names.size() > 12 ? shown + " and " + (names.size() - 12) + " more" : shown;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
