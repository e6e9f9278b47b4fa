package dev.plantain.diffusion;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a prompt (and, for classifier-free guidance, a negative prompt) into the UNet's text inputs: CLIP hidden
 * states for {@code encoder_hidden_states}, and for SDXL both encoders' penultimate hidden states side by side plus
 * the second encoder's pooled {@code text_embeds}. With guidance the batch is {@code [negative, prompt]}.
 */
final class TextConditioning {

    private TextConditioning() {}

    /** The UNet's text inputs for one request, batch 1 or (with guidance) 2. */
    static Map<String, Tensor> encode(DiffusionExport export, String prompt, String negative, boolean guided) {
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        if (!export.sdxl()) {
            Map<String, Tensor> out = run(export.textEncoder(), export.tokenizer(), prompt, negative, guided);
            inputs.put("encoder_hidden_states", output(out, "last_hidden_state", export.textEncoder()));
            return inputs;
        }
        ClipTokenizer tokenizer2 = export.tokenizer2().orElse(export.tokenizer());
        OnnxComponent encoder2 = export.textEncoder2()
                .orElseThrow(() -> new DiffusionException("an SDXL UNet needs text_encoder_2/ in the export"));
        Tensor first = penultimate(run(export.textEncoder(), export.tokenizer(), prompt, negative, guided));
        Map<String, Tensor> second = run(encoder2, tokenizer2, prompt, negative, guided);
        Tensor pooled = output(second, "text_embeds", encoder2);
        Tensor hidden = concatLast(first, penultimate(second));
        if (guided && negative.isBlank()) {
            // SDXL's pipelines condition the unguided half on zeros when no negative prompt is given.
            hidden = zeroFirstHalf(hidden);
            pooled = zeroFirstHalf(pooled);
        }
        inputs.put("encoder_hidden_states", hidden);
        inputs.put("text_embeds", pooled);
        return inputs;
    }

    private static Map<String, Tensor> run(
            OnnxComponent encoder, ClipTokenizer tokenizer, String prompt, String negative, boolean guided) {
        long[] ids = tokenizer.encode(prompt);
        int batch = 1;
        if (guided) {
            long[] both = new long[ids.length * 2];
            System.arraycopy(tokenizer.encode(negative), 0, both, 0, ids.length);
            System.arraycopy(ids, 0, both, ids.length, ids.length);
            ids = both;
            batch = 2;
        }
        return encoder.run(Map.of("input_ids", Tensor.ofLongs(ids, batch, ClipTokenizer.CONTEXT)));
    }

    private static Tensor output(Map<String, Tensor> outputs, String name, OnnxComponent encoder) {
        Tensor t = outputs.get(name);
        if (t == null) {
            throw new DiffusionException("the text encoder gives no '" + name + "'; it gives " + outputs.keySet()
                    + " (declared " + encoder.signature().outputs().keySet() + ")");
        }
        return t;
    }

    /** {@code hidden_states.(n-2)}: the last layer but one, as SDXL conditions on. */
    private static Tensor penultimate(Map<String, Tensor> outputs) {
        int last = outputs.keySet().stream()
                .filter(k -> k.startsWith("hidden_states."))
                .mapToInt(k -> Integer.parseInt(k.substring("hidden_states.".length())))
                .max()
                .orElseThrow(() -> new DiffusionException(
                        "an SDXL text encoder must give its hidden_states.N outputs; it gives " + outputs.keySet()));
        return outputs.get("hidden_states." + (last - 1));
    }

    private static Tensor concatLast(Tensor a, Tensor b) {
        long[] sa = a.shape();
        int rows = (int) (sa[0] * sa[1]);
        int da = (int) sa[2];
        int db = (int) b.shape()[2];
        float[] out = new float[rows * (da + db)];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(a.floats(), r * da, out, r * (da + db), da);
            System.arraycopy(b.floats(), r * db, out, r * (da + db) + da, db);
        }
        return Tensor.of(out, sa[0], sa[1], da + db);
    }

    private static Tensor zeroFirstHalf(Tensor t) {
        float[] data = t.floats().clone();
        java.util.Arrays.fill(data, 0, data.length / 2, 0f);
        return Tensor.of(data, t.shape());
    }
}
