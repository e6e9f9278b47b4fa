package dev.plantain.remote;

import dev.plantain.draft.DraftRenderer;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.remote.comfyui.ComfySettings;
import dev.plantain.remote.comfyui.ComfyUiImages;
import dev.plantain.remote.comfyui.ComfyWorkflow;
import dev.plantain.remote.gemini.GeminiImages;
import dev.plantain.remote.openai.OpenAiImages;
import dev.plantain.remote.openai.OpenAiImagesSettings;
import dev.plantain.remote.vlm.ChatJudge;
import dev.plantain.remote.vlm.PlannedCheckQuestions;
import dev.plantain.remote.vlm.VlmVerifier;
import dev.plantain.verifier.ImageVerifier;
import dev.plantain.verifier.TextReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a remote engine from its configuration keys, so a service picks one with a single call: the image engines
 * ({@code openai-images}, {@code gemini}, {@code comfyui}) for draft and refine, the {@code vlm} judge for verify.
 */
public final class RemoteEngines {

    /** The image engines' names, as {@code plantain.draft.engine} and {@code plantain.refiner.engine} take them. */
    public static final Set<String> IMAGE_ENGINES = Set.of("openai-images", "gemini", "comfyui");

    private RemoteEngines() {}

    /**
     * @param lookup a full key ({@code plantain.draft.openai-images.model}) to its value
     * @param maxImagePixels {@code plantain.max-image-pixels}
     */
    public static DraftRenderer draft(String engine, Function<String, Optional<String>> lookup, long maxImagePixels) {
        EngineKeys keys = new EngineKeys("draft", engine, lookup);
        return new RemoteDraftRenderer(
                imageModel(keys, maxImagePixels, List.of("prompt", "seed", "width", "height"), 2),
                PromptMode.parse(keys.get("prompt-mode", "raw")),
                new CallBudget(keys.integer("max-calls-per-job", 2)));
    }

    public static ImageRefiner refiner(String engine, Function<String, Optional<String>> lookup, long maxImagePixels) {
        EngineKeys keys = new EngineKeys("refiner", engine, lookup);
        return new RemoteRefiner(
                imageModel(keys, maxImagePixels, List.of("prompt", "seed", "image", "mask"), 8),
                new CallBudget(keys.integer("max-calls-per-job", 8)));
    }

    /** The {@code vlm} judge, reading quoted text also with {@code ocr}, which the caller owns. */
    public static ImageVerifier verifier(String engine, Function<String, Optional<String>> lookup, TextReader ocr) {
        if (!engine.equals("vlm")) {
            throw new IllegalArgumentException("no remote verifier named '" + engine + "'; allowed: vlm");
        }
        EngineKeys keys = new EngineKeys("verifier", engine, lookup);
        RemoteEndpoint endpoint = keys.endpoint("http://127.0.0.1:8000/v1", Duration.ofSeconds(60), 200);
        return new VlmVerifier(
                new ChatJudge(endpoint, keys.integer("max-side", 1024), keys.flag("logprobs", true)),
                new PlannedCheckQuestions(),
                keys.decimal("threshold", 0.5),
                new CallBudget(endpoint.maxCallsPerJob()),
                ocr);
    }

    private static ImageModel imageModel(EngineKeys keys, long maxImagePixels, List<String> points, int maxCalls) {
        return switch (keys.engine()) {
            case "openai-images" ->
                new OpenAiImages(
                        keys.endpoint("https://api.openai.com/v1", Duration.ofSeconds(180), maxCalls),
                        openAiSettings(keys),
                        maxImagePixels);
            case "gemini" ->
                new GeminiImages(
                        keys.endpoint(
                                "https://generativelanguage.googleapis.com/v1beta", Duration.ofSeconds(180), maxCalls),
                        keys.flag("send-image-size", true),
                        maxImagePixels);
            case "comfyui" ->
                new ComfyUiImages(
                        keys.endpoint("http://127.0.0.1:8188", Duration.ofSeconds(300), maxCalls),
                        ComfyWorkflow.load(
                                        Path.of(keys.get("workflow")
                                                .orElseThrow(() -> new IllegalArgumentException(keys.key("workflow")
                                                        + " must name an API-format workflow file"))),
                                        patchPoints(keys))
                                .requiring(points),
                        new ComfySettings(
                                keys.duration("poll-interval", Duration.ofMillis(500)),
                                keys.integer("max-side", 1024),
                                keys.get("output-node", "")),
                        maxImagePixels);
            default ->
                throw new IllegalArgumentException(
                        "no remote image engine named '" + keys.engine() + "'; allowed: " + IMAGE_ENGINES);
        };
    }

    private static OpenAiImagesSettings openAiSettings(EngineKeys keys) {
        List<PixelSize> sizes = keys.get("sizes")
                .map(v -> Arrays.stream(v.split(",")).map(PixelSize::parse).toList())
                .orElse(OpenAiImagesSettings.GPT_IMAGE_SIZES);
        MaskConvention mask = switch (keys.get("mask-convention", "alpha-zero").toLowerCase(Locale.ROOT)) {
            case "alpha-zero" -> MaskConvention.ALPHA_ZERO;
            case "white" -> MaskConvention.WHITE;
            default ->
                throw new IllegalArgumentException(keys.key("mask-convention") + " is '"
                        + keys.get("mask-convention", "") + "'; allowed: alpha-zero, white");
        };
        return new OpenAiImagesSettings(
                sizes,
                keys.get("output-format", "png").replace("none", ""),
                keys.get("edit-path", "/images/edits"),
                keys.get("image-field", "image"),
                mask);
    }

    private static Map<String, String> patchPoints(EngineKeys keys) {
        Map<String, String> points = new LinkedHashMap<>();
        for (String name : ComfyWorkflow.NAMES) {
            keys.get("patch." + name).ifPresent(where -> points.put(name, where));
        }
        return points;
    }
}
