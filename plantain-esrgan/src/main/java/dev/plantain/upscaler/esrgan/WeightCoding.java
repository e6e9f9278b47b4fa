package dev.plantain.upscaler.esrgan;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;

/**
 * How one weight tensor is stored in a TF.js shard: plain little-endian float32, or quantized to uint8 or uint16 with
 * an affine map ({@code value = stored * scale + min}, the manifest's {@code quantization} fields) that TF.js undoes
 * when it loads the model.
 *
 * @param bytes bytes per stored value (4, 1 or 2)
 * @param scale the step between stored levels (quantized only)
 * @param min the value of stored level 0 (quantized only)
 */
record WeightCoding(int bytes, double scale, double min) {

    static final WeightCoding FLOAT32 = new WeightCoding(4, 1, 0);

    /** The coding a manifest entry's {@code quantization} node (missing for float32) describes. */
    static WeightCoding of(String model, String weight, JsonNode quantization) {
        if (quantization.isMissingNode() || quantization.isNull()) {
            return FLOAT32;
        }
        String dtype = quantization.path("dtype").asText();
        int bytes = switch (dtype) {
            case "uint8" -> 1;
            case "uint16" -> 2;
            default ->
                throw new IllegalArgumentException(model + ": weight " + weight + " is quantized to " + dtype
                        + "; only uint8 and uint16 are supported");
        };
        if (!quantization.path("scale").isNumber() || !quantization.path("min").isNumber()) {
            throw new IllegalArgumentException(model + ": weight " + weight + " is quantized without scale and min");
        }
        return new WeightCoding(
                bytes,
                quantization.path("scale").asDouble(),
                quantization.path("min").asDouble());
    }

    /** Reads {@code values.length} stored values from the buffer's position and writes them as floats. */
    void decode(ByteBuffer buffer, float[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (bytes) {
                case 4 -> buffer.getFloat();
                case 1 -> (float) (Byte.toUnsignedInt(buffer.get()) * scale + min);
                default -> (float) (Short.toUnsignedInt(buffer.getShort()) * scale + min);
            };
        }
    }
}
