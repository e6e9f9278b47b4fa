package dev.plantain.diffusion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Stable Diffusion export in Hugging Face Optimum's ONNX layout, loaded once on one device: the CLIP tokenizer(s)
 * and text encoder(s) ({@code text_encoder_2/} for SDXL), the UNet, the VAE decoder and (for inpainting) encoder, the
 * scheduler config and the few numbers the models' {@code config.json} files give (VAE scaling factor, native size).
 * Closing it closes every model's predictors, then the model, in reverse load order.
 */
public final class DiffusionExport implements AutoCloseable {

    private final Path directory;
    private final String device;
    private final ClipTokenizer tokenizer;
    private final Optional<ClipTokenizer> tokenizer2;
    private final SchedulerConfig schedulerConfig;
    private final double vaeScaling;
    private final int vaeFactor;
    private final int nativeSize;
    private final List<OnnxComponent> loaded = new ArrayList<>();
    private final OnnxComponent textEncoder;
    private final Optional<OnnxComponent> textEncoder2;
    private final OnnxComponent unet;
    private final OnnxComponent vaeDecoder;
    private final Optional<OnnxComponent> vaeEncoder;

    private DiffusionExport(Path directory, String device) {
        this.directory = directory;
        this.device = device;
        require(directory.resolve("unet/model.onnx"));
        this.tokenizer = ClipTokenizer.load(directory.resolve("tokenizer"));
        this.tokenizer2 = Files.isDirectory(directory.resolve("tokenizer_2"))
                ? Optional.of(ClipTokenizer.load(directory.resolve("tokenizer_2")))
                : Optional.empty();
        this.schedulerConfig = SchedulerConfig.read(require(directory.resolve("scheduler/scheduler_config.json")));
        JsonNode vae = config("vae_decoder");
        this.vaeScaling = vae.path("scaling_factor").asDouble(0.18215);
        int blocks = vae.path("block_out_channels").size();
        this.vaeFactor = blocks > 0 ? 1 << (blocks - 1) : 8;
        this.nativeSize = config("unet").path("sample_size").asInt(64) * vaeFactor;
        try {
            this.textEncoder = load("text_encoder");
            this.textEncoder2 = optional("text_encoder_2");
            this.unet = load("unet");
            this.vaeDecoder = load("vae_decoder");
            this.vaeEncoder = optional("vae_encoder");
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Loads the export in {@code directory} on {@code cpu}, {@code gpu} or {@code gpu:N}. */
    public static DiffusionExport load(Path directory, String device) {
        if (!Files.isDirectory(directory)) {
            throw new DiffusionException("no diffusion export at " + directory);
        }
        try {
            return new DiffusionExport(directory, device);
        } catch (DiffusionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DiffusionException("cannot load the export at " + directory + ": " + e.getMessage(), e);
        }
    }

    private OnnxComponent load(String component) {
        OnnxComponent c = OnnxComponent.load(directory.resolve(component), device);
        loaded.add(c);
        return c;
    }

    private Optional<OnnxComponent> optional(String component) {
        return Files.isRegularFile(directory.resolve(component).resolve("model.onnx"))
                ? Optional.of(load(component))
                : Optional.empty();
    }

    private JsonNode config(String component) {
        Path file = directory.resolve(component).resolve("config.json");
        if (!Files.isRegularFile(file)) {
            return new ObjectMapper().createObjectNode();
        }
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new DiffusionException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DiffusionException("not an Optimum ONNX export: " + file + " is missing");
        }
        return file;
    }

    public Path directory() {
        return directory;
    }

    public String device() {
        return device;
    }

    public ClipTokenizer tokenizer() {
        return tokenizer;
    }

    public Optional<ClipTokenizer> tokenizer2() {
        return tokenizer2;
    }

    public SchedulerConfig schedulerConfig() {
        return schedulerConfig;
    }

    /** What VAE latents are multiplied by before the UNet sees them. */
    public double vaeScaling() {
        return vaeScaling;
    }

    /** How many pixels one latent covers along each side (8 for every Stable Diffusion VAE). */
    public int vaeFactor() {
        return vaeFactor;
    }

    /** The side in pixels the UNet was trained at ({@code sample_size} times the VAE factor: 512, 768, 1024). */
    public int nativeSize() {
        return nativeSize;
    }

    public OnnxComponent textEncoder() {
        return textEncoder;
    }

    public Optional<OnnxComponent> textEncoder2() {
        return textEncoder2;
    }

    public OnnxComponent unet() {
        return unet;
    }

    public OnnxComponent vaeDecoder() {
        return vaeDecoder;
    }

    public Optional<OnnxComponent> vaeEncoder() {
        return vaeEncoder;
    }

    /** Whether the UNet is an inpainting one: latents, mask and masked-image latents, 9 channels in. */
    public boolean inpaintingUnet() {
        long[] dims = unet.signature()
                .requireInput("sample", directory.resolve("unet/model.onnx"))
                .dims();
        return dims.length == 4 && dims[1] == 9;
    }

    /** Whether the UNet takes SDXL's added conditions (pooled text embeddings and size ids). */
    public boolean sdxl() {
        return unet.signature().input("text_embeds").isPresent()
                && unet.signature().input("time_ids").isPresent();
    }

    @Override
    public void close() {
        for (int i = loaded.size() - 1; i >= 0; i--) {
            loaded.get(i).close();
        }
        loaded.clear();
    }
}
