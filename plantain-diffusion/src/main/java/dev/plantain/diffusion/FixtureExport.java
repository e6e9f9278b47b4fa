package dev.plantain.diffusion;

import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a tiny Stable Diffusion export in Optimum's layout, with the real models' input and output names and
 * element types and weights simple enough to compute by hand, so the engine can be tested and a deployment
 * smoke-tested without weights. It draws noise, not pictures. The models:
 *
 * <ul>
 *   <li>text encoder: every hidden feature of token id {@code v} is {@code v * TOKEN_FEATURE}; pooled output the
 *       mean;
 *   <li>UNet: {@code out = 0.5 * sample[0..3] + mean(encoder_hidden_states) + 0.001 * timestep};
 *   <li>VAE decoder: pixel channel {@code c} (of 3) is {@code 0.5 * latent c}, each latent an 8x8 block;
 *   <li>VAE encoder: latent {@code c} (of 3) is {@code 2 *} the 8x8 block's mean of pixel channel {@code c}, the
 *       fourth latent and the log-variances 0; with the VAE scaling factor 0.5 a round trip keeps block means.
 * </ul>
 */
public final class FixtureExport {

    /** Text features per token. */
    public static final int HIDDEN = 32;

    /** Each hidden feature of token id {@code v} is {@code v} times this. */
    public static final float TOKEN_FEATURE = 0.0001f;

    /** The UNet's weight on its sample. */
    public static final float SAMPLE_WEIGHT = 0.5f;

    /** The UNet's weight on its timestep. */
    public static final float TIMESTEP_WEIGHT = 0.001f;

    /** The latent side the UNet says it was trained at: 8 latents, 64 pixels. */
    public static final int SAMPLE_SIZE = 8;

    /**
     * What to vary between fixtures.
     *
     * @param int64Timestep the UNet takes {@code timestep} as int64 (older exports) rather than float
     * @param inpainting the UNet takes 9 channels (latents, mask, masked-image latents)
     * @param schedulerClass the diffusers class named in {@code scheduler_config.json}
     */
    public record Options(boolean int64Timestep, boolean inpainting, String schedulerClass) {

        public static final Options DEFAULT = new Options(false, false, "EulerAncestralDiscreteScheduler");
    }

    private FixtureExport() {}

    /** Writes the default fixture (float timestep, 4-channel UNet, Euler ancestral) into {@code directory}. */
    public static void write(Path directory) {
        write(directory, Options.DEFAULT);
    }

    public static void write(Path directory, Options options) {
        try {
            writeTokenizer(directory.resolve("tokenizer"));
            writeTextEncoder(directory.resolve("text_encoder"));
            writeUnet(directory.resolve("unet"), options);
            writeVaeDecoder(directory.resolve("vae_decoder"));
            writeVaeEncoder(directory.resolve("vae_encoder"));
            writeScheduler(directory.resolve("scheduler"), options.schedulerClass());
            Files.writeString(
                    directory.resolve("model_index.json"),
                    "{\"_class_name\": \"ORTStableDiffusionPipeline\", \"_plantain_fixture\": true}\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a fixture export to " + directory, e);
        }
    }

    /**
     * The fixture vocabulary: ids 0-25 the letters, 26-51 the letters ending a word, then merged pieces, punctuation,
     * the start and end tokens and "!".
     */
    public static Map<String, Integer> vocabulary() {
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        for (char c = 'a'; c <= 'z'; c++) {
            vocabulary.put(String.valueOf(c), vocabulary.size());
        }
        for (char c = 'a'; c <= 'z'; c++) {
            vocabulary.put(c + "</w>", vocabulary.size());
        }
        for (String piece : List.of("ca", "cat</w>", "do", "dog</w>", "re", "red</w>", ",</w>", "1</w>")) {
            vocabulary.put(piece, vocabulary.size());
        }
        vocabulary.put(ClipTokenizer.START, vocabulary.size());
        vocabulary.put(ClipTokenizer.END, vocabulary.size());
        vocabulary.put("!", vocabulary.size());
        return vocabulary;
    }

    /** The fixture merges, highest priority first. */
    public static List<String> merges() {
        return List.of("c a", "ca t</w>", "d o", "do g</w>", "r e", "re d</w>");
    }

    private static void writeTokenizer(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder json = new StringBuilder("{");
        vocabulary()
                .forEach((token, id) -> json.append(json.length() > 1 ? "," : "")
                        .append('"')
                        .append(token.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append("\":")
                        .append(id));
        Files.writeString(dir.resolve("vocab.json"), json.append("}\n"), StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("merges.txt"),
                "#version: 0.2\n" + String.join("\n", merges()) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("special_tokens_map.json"), "{\"pad_token\": \"<|endoftext|>\"}\n");
    }

    private static void writeTextEncoder(Path dir) throws IOException {
        int size = vocabulary().size();
        float[] table = new float[size * HIDDEN];
        for (int v = 0; v < size; v++) {
            for (int d = 0; d < HIDDEN; d++) {
                table[v * HIDDEN + d] = v * TOKEN_FEATURE;
            }
        }
        new OnnxGraphWriter("text_encoder")
                .input("input_ids", DataType.INT32, "batch_size", "sequence_length")
                .floats("embedding", table, size, HIDDEN)
                .node("Gather", new String[] {"embedding", "input_ids"}, "last_hidden_state", "axis", 0L)
                .node(
                        "ReduceMean",
                        new String[] {"last_hidden_state"},
                        "pooler_output",
                        "axes",
                        new long[] {1},
                        "keepdims",
                        0L)
                .output("last_hidden_state", "batch_size", "sequence_length", HIDDEN)
                .output("pooler_output", "batch_size", HIDDEN)
                .write(dir.resolve("model.onnx"));
        Files.writeString(dir.resolve("config.json"), "{\"hidden_size\": " + HIDDEN + "}\n");
    }

    private static void writeUnet(Path dir, Options options) throws IOException {
        int channels = options.inpainting() ? 9 : 4;
        OnnxGraphWriter unet = new OnnxGraphWriter("unet")
                .input("sample", DataType.FLOAT, "batch_size", channels, "height", "width")
                .input("timestep", options.int64Timestep() ? DataType.INT64 : DataType.FLOAT)
                .input("encoder_hidden_states", DataType.FLOAT, "batch_size", "sequence_length", HIDDEN)
                .floats("k", new float[] {SAMPLE_WEIGHT})
                .floats("c", new float[] {TIMESTEP_WEIGHT})
                .longs("axis3", 3)
                .longs("start", 0)
                .longs("end", 4)
                .longs("channel_axis", 1)
                .node("Slice", new String[] {"sample", "start", "end", "channel_axis"}, "latents")
                .node("Mul", new String[] {"latents", "k"}, "weighted")
                .node(
                        "ReduceMean",
                        new String[] {"encoder_hidden_states"},
                        "text",
                        "axes",
                        new long[] {1, 2},
                        "keepdims",
                        1L)
                .node("Unsqueeze", new String[] {"text", "axis3"}, "text4")
                .node("Cast", new String[] {"timestep"}, "t", "to", (long) DataType.FLOAT_VALUE)
                .node("Mul", new String[] {"t", "c"}, "time")
                .node("Add", new String[] {"weighted", "text4"}, "conditioned")
                .node("Add", new String[] {"conditioned", "time"}, "out_sample")
                .output("out_sample", "batch_size", 4, "height", "width");
        unet.write(dir.resolve("model.onnx"));
        Files.writeString(
                dir.resolve("config.json"),
                "{\"sample_size\": " + SAMPLE_SIZE + ", \"in_channels\": " + channels + ", \"cross_attention_dim\": "
                        + HIDDEN + "}\n");
    }

    private static void writeVaeDecoder(Path dir) throws IOException {
        float[] weights = new float[3 * 4];
        for (int c = 0; c < 3; c++) {
            weights[c * 4 + c] = 0.5f;
        }
        new OnnxGraphWriter("vae_decoder")
                .input("latent_sample", DataType.FLOAT, "batch_size", 4, "latent_height", "latent_width")
                .floats("w", weights, 3, 4, 1, 1)
                .floats("scales", new float[] {1, 1, 8, 8}, 4)
                .node("Conv", new String[] {"latent_sample", "w"}, "pixels")
                .node("Resize", new String[] {"pixels", "", "scales"}, "sample", "mode", "nearest")
                .output("sample", "batch_size", 3, "height", "width")
                .write(dir.resolve("model.onnx"));
        Files.writeString(dir.resolve("config.json"), vaeConfig());
    }

    private static void writeVaeEncoder(Path dir) throws IOException {
        float[] weights = new float[8 * 3];
        for (int c = 0; c < 3; c++) {
            weights[c * 3 + c] = 2f;
        }
        new OnnxGraphWriter("vae_encoder")
                .input("sample", DataType.FLOAT, "batch_size", 3, "height", "width")
                .floats("w", weights, 8, 3, 1, 1)
                .node(
                        "AveragePool",
                        new String[] {"sample"},
                        "blocks",
                        "kernel_shape",
                        new long[] {8, 8},
                        "strides",
                        new long[] {8, 8})
                .node("Conv", new String[] {"blocks", "w"}, "latent_parameters")
                .output("latent_parameters", "batch_size", 8, "latent_height", "latent_width")
                .write(dir.resolve("model.onnx"));
        Files.writeString(dir.resolve("config.json"), vaeConfig());
    }

    private static String vaeConfig() {
        return "{\"scaling_factor\": 0.5, \"block_out_channels\": [8, 8, 8, 8], \"latent_channels\": 4}\n";
    }

    private static void writeScheduler(Path dir, String className) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("scheduler_config.json"),
                "{\"_class_name\": \"" + className + "\", \"num_train_timesteps\": 1000, \"beta_start\": 0.00085,"
                        + " \"beta_end\": 0.012, \"beta_schedule\": \"scaled_linear\", \"prediction_type\": \"epsilon\","
                        + " \"timestep_spacing\": \"" + (className.startsWith("Euler") ? "linspace" : "leading") + "\","
                        + " \"steps_offset\": 1, \"set_alpha_to_one\": false, \"clip_sample\": false}\n");
    }
}
