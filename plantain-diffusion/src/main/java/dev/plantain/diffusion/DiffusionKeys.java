package dev.plantain.diffusion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a stage's {@code plantain.<stage>.diffusion.*} keys into {@link DiffusionSettings}, refusing at start-up, with
 * the key (and its environment variable), the value and what was expected, a model directory that is not set, does
 * not exist or is not an export in Optimum's ONNX layout, and a device, step count, guidance or scheduler out of
 * range.
 */
public final class DiffusionKeys {

    private static final System.Logger LOG = System.getLogger(DiffusionKeys.class.getName());
    private static final Pattern DEVICE = Pattern.compile("cpu|gpu(:\\d+)?");
    private static final List<String> SCHEDULERS = List.of("auto", "euler-ancestral", "euler", "ddim", "lcm");

    /**
     * The keys as a stage read them.
     *
     * @param prefix the keys' prefix, {@code plantain.draft.diffusion} or {@code plantain.refiner.diffusion}
     * @param inpainting whether the stage inpaints (the refiner), so the export needs its VAE encoder
     */
    public record Values(
            String prefix,
            boolean inpainting,
            Optional<Path> modelDir,
            String device,
            int steps,
            double guidance,
            String scheduler,
            Optional<String> negativePrompt) {}

    private DiffusionKeys() {}

    /** The settings the keys give, or an {@link IllegalArgumentException} naming the key at fault. */
    public static DiffusionSettings settings(Values keys) {
        Path dir = modelDir(keys);
        String device = keys.device().trim().toLowerCase(Locale.ROOT);
        if (!DEVICE.matcher(device).matches()) {
            throw refused(keys, "device", "'" + keys.device() + "'", "cpu, gpu or gpu:N");
        }
        if (keys.steps() < 1 || keys.steps() > 1000) {
            throw refused(keys, "steps", String.valueOf(keys.steps()), "1 to 1000 (1 to 4 for turbo models)");
        }
        if (!(keys.guidance() >= 0 && keys.guidance() <= 50)) {
            throw refused(keys, "guidance", String.valueOf(keys.guidance()), "0 to 50 (0 or 1 turns guidance off)");
        }
        String scheduler = keys.scheduler().trim().toLowerCase(Locale.ROOT);
        if (!SCHEDULERS.contains(scheduler)) {
            throw refused(keys, "scheduler", "'" + keys.scheduler() + "'", String.join(", ", SCHEDULERS));
        }
        return new DiffusionSettings(
                dir,
                device,
                keys.steps(),
                keys.guidance(),
                scheduler,
                keys.negativePrompt().orElse(""));
    }

    /** Loads the draft engine the keys name, once; an export that cannot be loaded is refused naming the key. */
    public static DiffusionRenderer renderer(Values keys) {
        return load(keys, DiffusionRenderer::load);
    }

    /** Loads the refine engine the keys name, once; an export that cannot be loaded is refused naming the key. */
    public static DiffusionRefiner refiner(Values keys) {
        return load(keys, DiffusionRefiner::load);
    }

    private static <T> T load(Values keys, Function<DiffusionSettings, T> loader) {
        DiffusionSettings settings = settings(keys);
        long start = System.nanoTime();
        try {
            T engine = loader.apply(settings);
            LOG.log(
                    System.Logger.Level.INFO,
                    String.format(
                            Locale.ROOT,
                            "diffusion engine: export %s on %s loaded in %.1f s; %d steps, guidance %s, scheduler %s",
                            settings.modelDir(),
                            settings.device(),
                            (System.nanoTime() - start) / 1e9,
                            keys.steps(),
                            keys.guidance(),
                            keys.scheduler()));
            return engine;
        } catch (DiffusionException e) {
            throw new IllegalArgumentException(
                    key(keys, "model-dir") + " is " + settings.modelDir() + ", which cannot be loaded on "
                            + settings.device() + ": " + e.getMessage(),
                    e);
        }
    }

    private static Path modelDir(Values keys) {
        String key = key(keys, "model-dir");
        if (keys.modelDir().isEmpty()) {
            throw new IllegalArgumentException(key + " is not set: the diffusion engine needs the directory of a Stable"
                    + " Diffusion export in Optimum's ONNX layout (optimum-cli export onnx --model ... DIR; or"
                    + " ./plantain fixture-model DIR for a tiny one that draws noise)");
        }
        Path dir = keys.modelDir().get().toAbsolutePath().normalize();
        if (!Files.exists(dir)) {
            throw new IllegalArgumentException(key + " is " + dir + ", which does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(key + " is " + dir + ", a file, not an export directory");
        }
        List<String> missing = ExportLayout.missing(dir, keys.inpainting());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(key + " is " + dir + ", which is not a Stable Diffusion export in"
                    + " Optimum's ONNX layout" + (keys.inpainting() ? " with a VAE encoder (inpainting needs it)" : "")
                    + ": missing " + String.join(", ", missing) + "; found " + ExportLayout.contents(dir));
        }
        return dir;
    }

    private static IllegalArgumentException refused(Values keys, String name, String value, String allowed) {
        return new IllegalArgumentException(key(keys, name) + " is " + value + "; allowed: " + allowed);
    }

    /** The key and its environment variable: {@code plantain.draft.diffusion.model-dir (PLANTAIN_DRAFT_DIFFUSION_MODEL_DIR)}. */
    static String key(Values keys, String name) {
        String key = keys.prefix() + "." + name;
        return key + " (" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + ")";
    }
}
