package dev.plantain.ocr;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

/** Hands a {@link Tensor} to a model as its one input and returns its first output the same way; no batching added. */
final class TensorTranslator implements Translator<Tensor, Tensor> {

    @Override
    public NDList processInput(TranslatorContext ctx, Tensor input) {
        return new NDList(ctx.getNDManager().create(input.values(), new Shape(input.shape())));
    }

    @Override
    public Tensor processOutput(TranslatorContext ctx, NDList list) {
        NDArray out = list.get(0);
        return new Tensor(out.toFloatArray(), out.getShape().getShape());
    }

    @Override
    public Batchifier getBatchifier() {
        return null;
    }
}
