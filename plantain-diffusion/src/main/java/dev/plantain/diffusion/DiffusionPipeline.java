package dev.plantain.diffusion;

import dev.plantain.messages.StepProgress;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Text to image and inpainting on a loaded export: encode the prompt, start from seeded noise, call the UNet once per
 * scheduler step (a batch of two under classifier-free guidance), step the latents, decode them through the VAE.
 * Thread-safe: each call borrows its own predictors.
 */
public final class DiffusionPipeline {

    private final DiffusionExport export;
    private final VaeCodec vae;

    public DiffusionPipeline(DiffusionExport export) {
        this(export, 64);
    }

    /** @param vaeTile the largest latent side decoded at once (64 latents: a 512-pixel tile) */
    public DiffusionPipeline(DiffusionExport export, int vaeTile) {
        this.export = export;
        this.vae = new VaeCodec(export, vaeTile, Math.max(1, vaeTile / 8));
    }

    public DiffusionExport export() {
        return export;
    }

    /** Draws the request's prompt at its size. */
    public BufferedImage generate(GenerationRequest request, StepProgress progress) {
        if (export.inpaintingUnet()) {
            throw new DiffusionException("the export's UNet is an inpainting one (9 channels); it cannot draft");
        }
        float[] latents = denoise(request, null, progress);
        return Pixels.toImage(
                vae.decode(latents, request.height() / f(), request.width() / f()), request.width(), request.height());
    }

    /**
     * Redraws the masked part of an image of the request's size; the rest is kept: with a 9-channel inpainting UNet
     * by its own conditioning, else by blending the image's noised latents back outside the mask after every step;
     * either way the decoded pixels are composited back through the mask, so pixels outside it never change.
     *
     * @param mask one entry per pixel, row-major: true where the image is redrawn
     */
    public BufferedImage inpaint(
            BufferedImage image, boolean[] mask, GenerationRequest request, StepProgress progress) {
        int width = request.width();
        int height = request.height();
        if (image.getWidth() != width || image.getHeight() != height || mask.length != width * height) {
            throw new IllegalArgumentException("image and mask must be the request's size " + width + "x" + height);
        }
        float[] pixels = Pixels.toPlanar(image);
        float[] latentMask = Pixels.latentMask(mask, width, height, f());
        Inpainting inpainting;
        if (export.inpaintingUnet()) {
            float[] masked = pixels.clone();
            int plane = width * height;
            for (int i = 0; i < masked.length; i++) {
                if (mask[i % plane]) {
                    masked[i] = 0;
                }
            }
            inpainting = new Inpainting(null, latentMask, vae.encode(masked, height, width));
        } else {
            inpainting = new Inpainting(vae.encode(pixels, height, width), latentMask, null);
        }
        float[] latents = denoise(request, inpainting, progress);
        BufferedImage drawn = Pixels.toImage(vae.decode(latents, height / f(), width / f()), width, height);
        return Pixels.composite(image, drawn, mask);
    }

    /**
     * What inpainting conditions on: the known latents blended back outside the mask (4-channel UNet), or the
     * masked image's latents the UNet reads beside the mask (9-channel UNet).
     */
    private record Inpainting(float[] known, float[] mask, float[] maskedImage) {}

    private float[] denoise(GenerationRequest request, Inpainting inpainting, StepProgress progress) {
        Scheduler scheduler = Scheduler.create(request.scheduler(), export.schedulerConfig(), request.steps());
        boolean conditionedOnGuidance =
                export.unet().signature().input("timestep_cond").isPresent();
        boolean guided = request.guidance() > 1 && !conditionedOnGuidance;
        Map<String, Tensor> text = TextConditioning.encode(export, request.prompt(), request.negativePrompt(), guided);
        int h = request.height() / f();
        int w = request.width() / f();
        int size = 4 * h * w;
        Random random = new Random(request.seed());
        float[] noise = Latents.gaussian(random, size);
        float[] latents = Latents.scale(noise, scheduler.initNoiseSigma());
        if (inpainting != null && inpainting.known() != null) {
            latents = Latents.blend(latents, scheduler.noised(inpainting.known(), noise, 0), inpainting.mask());
        }
        double[] timesteps = scheduler.timesteps();
        for (int step = 0; step < timesteps.length; step++) {
            float[] input = Latents.scale(latents, scheduler.inputScale(step));
            if (inpainting != null && inpainting.maskedImage() != null) {
                input = concatChannels(input, inpainting.mask(), inpainting.maskedImage(), h * w);
            }
            Map<String, Tensor> inputs = unetInputs(input, h, w, timesteps[step], text, guided, request);
            Tensor out = unetOutput(export.unet().run(inputs));
            float[] prediction = guided ? Latents.guide(out.floats(), request.guidance()) : out.floats();
            latents = scheduler.step(prediction, step, latents, () -> Latents.gaussian(random, size));
            if (inpainting != null && inpainting.known() != null) {
                latents = Latents.blend(
                        latents, scheduler.noised(inpainting.known(), noise, step + 1), inpainting.mask());
            }
            progress.stepped(step + 1, timesteps.length);
        }
        return latents;
    }

    private Map<String, Tensor> unetInputs(
            float[] sample,
            int h,
            int w,
            double timestep,
            Map<String, Tensor> text,
            boolean guided,
            GenerationRequest request) {
        int batch = guided ? 2 : 1;
        int channels = sample.length / (h * w);
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        inputs.put("sample", Tensor.of(guided ? Latents.twice(sample) : sample, batch, channels, h, w));
        OnnxSignature.Port port = export.unet().signature().requireInput("timestep", export.directory());
        if (port.rank() == 0) {
            inputs.put("timestep", Tensor.of(new float[] {(float) timestep}));
        } else {
            float[] t = new float[batch];
            java.util.Arrays.fill(t, (float) timestep);
            inputs.put("timestep", Tensor.of(t, batch));
        }
        inputs.putAll(text);
        if (export.sdxl()) {
            float[] ids = new float[6 * batch];
            for (int b = 0; b < batch; b++) {
                float[] row = {request.height(), request.width(), 0, 0, request.height(), request.width()};
                System.arraycopy(row, 0, ids, 6 * b, 6);
            }
            inputs.put("time_ids", Tensor.of(ids, batch, 6));
        }
        export.unet()
                .signature()
                .input("timestep_cond")
                .ifPresent(cond -> inputs.put(
                        "timestep_cond", GuidanceEmbedding.of(request.guidance(), (int) cond.dims()[1], batch)));
        return inputs;
    }

    private static Tensor unetOutput(Map<String, Tensor> outputs) {
        Tensor out = outputs.get("out_sample");
        return out != null ? out : outputs.values().iterator().next();
    }

    /** {@code [latents, mask, masked-image latents]} along the channels: 4 + 1 + 4 for an inpainting UNet. */
    private static float[] concatChannels(float[] latents, float[] mask, float[] maskedImage, int plane) {
        float[] out = new float[latents.length + mask.length + maskedImage.length];
        System.arraycopy(latents, 0, out, 0, latents.length);
        System.arraycopy(mask, 0, out, latents.length, plane);
        System.arraycopy(maskedImage, 0, out, latents.length + plane, maskedImage.length);
        return out;
    }

    private int f() {
        return export.vaeFactor();
    }
}
