package dev.plantain.upscaler.esrgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A TF.js manifest's quantized weights are dequantized as TF.js does ({@code stored * scale + min}), float32 weights
 * beside them are read unchanged, and a shard whose size disagrees with the manifest is refused.
 */
class QuantizedWeightsTest {

    private static final String TOPOLOGY = """
            {"modelTopology": {"model_config": {"config": {"layers": [
              {"class_name": "InputLayer", "config": {"name": "in"}, "inbound_nodes": []},
              {"class_name": "Conv2D", "config": {"name": "c", "kernel_size": [1, 1], "padding": "same",
                "activation": "linear"}, "inbound_nodes": [[["in", 0, 0, {}]]]}]}}},
             "weightsManifest": [{"paths": ["w.bin"], "weights": [%s]}]}
            """;

    @Test
    void uint8AndUint16WeightsAreDequantizedAndFloat32ReadAsIs() {
        String manifest = TOPOLOGY.formatted("""
                {"name": "c/kernel", "shape": [1, 1, 1, 3], "dtype": "float32",
                 "quantization": {"dtype": "uint8", "min": -0.5, "scale": 0.25}},
                {"name": "c/bias", "shape": [3], "dtype": "float32",
                 "quantization": {"dtype": "uint16", "min": 1.0, "scale": 0.001}},
                {"name": "other", "shape": [2], "dtype": "float32"}""");
        ByteBuffer shard = ByteBuffer.allocate(3 + 6 + 8).order(ByteOrder.LITTLE_ENDIAN);
        shard.put((byte) 0).put((byte) 2).put((byte) 255);
        shard.putShort((short) 0).putShort((short) 1000).putShort((short) 65535);
        shard.putFloat(1.5f).putFloat(-2f);

        LayersModel model = read(manifest, shard.array());

        assertThat(model.weight("c/kernel").data()).containsExactly(-0.5f, 0f, 63.25f);
        assertThat(model.weight("c/bias").data()).containsExactly(1f, 2f, (float) (65535 * 0.001 + 1));
        assertThat(model.weight("other").data()).containsExactly(1.5f, -2f);
    }

    @Test
    void aShardLongerOrShorterThanTheManifestIsRefused() {
        String manifest = TOPOLOGY.formatted("""
                {"name": "c/kernel", "shape": [1, 1, 1, 3], "dtype": "float32",
                 "quantization": {"dtype": "uint8", "min": 0, "scale": 1}}""");

        assertThatThrownBy(() -> read(manifest, new byte[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 bytes of the shards follow the last weight");
        assertThatThrownBy(() -> read(manifest, new byte[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the shards end inside weight c/kernel");
    }

    @Test
    void anUnsupportedQuantizationIsNamed() {
        String manifest = TOPOLOGY.formatted("""
                {"name": "c/kernel", "shape": [1, 1, 1, 3], "dtype": "float32",
                 "quantization": {"dtype": "float16"}}""");

        assertThatThrownBy(() -> read(manifest, new byte[6]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantized to float16");
    }

    private static LayersModel read(String manifest, byte[] shard) {
        Map<String, byte[]> files = Map.of("model.json", manifest.getBytes(StandardCharsets.UTF_8), "w.bin", shard);
        return LayersModelReader.read(
                "tiny", name -> files.containsKey(name) ? new ByteArrayInputStream(files.get(name)) : null);
    }
}
