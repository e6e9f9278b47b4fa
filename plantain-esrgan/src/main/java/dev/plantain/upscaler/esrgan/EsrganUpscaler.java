package dev.plantain.upscaler.esrgan;

import dev.plantain.upscaler.ImageUpscaler;
import dev.plantain.upscaler.LanczosUpscaler;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Learned super-resolution: an ESRGAN network run tiled through DJL's ONNX Runtime engine. The network enlarges by
 * its own factor; a target size that is not exactly that factor is reached with Lanczos resampling afterwards.
 * Loaded once and closed on shutdown; calls are serialised because a DJL predictor is not thread-safe.
 */
public final class EsrganUpscaler implements ImageUpscaler, AutoCloseable {

    /** The band neighbouring tiles are blended across, in input pixels. */
    static final int BLEND = 16;
    /** The most context a tile gets beyond the blend band: thick's receptive field (over 100 pixels) is capped. */
    static final int MAX_MARGIN = 32;

    private final OnnxNetwork network;
    private final TiledInference tiles;
    private final String name;
    private final ImageUpscaler resampler = new LanczosUpscaler();

    private EsrganUpscaler(OnnxNetwork network, LayersModel layers, String name, int tileSize) {
        this.network = network;
        this.name = name;
        this.tiles = new TiledInference(
                network::run, network.scale(), tileSize, Math.min(MAX_MARGIN, layers.receptiveField()), BLEND);
    }

    /**
     * Loads the model's weights for the scale, packaged or from {@code directory} when it is not null.
     *
     * @throws ModelMissingException when the weights are not there
     */
    public static EsrganUpscaler load(EsrganModel model, int scale, Path directory, String device, int tileSize) {
        if (directory == null && !model.packaged(scale)) {
            throw new ModelMissingException("esrgan-" + model.id() + " x" + scale + " is not packaged");
        }
        LayersModel layers = directory == null ? model.load(scale) : model.load(directory);
        OnnxNetwork network = OnnxNetwork.load(layers, model.range(), device);
        return new EsrganUpscaler(network, layers, "esrgan-" + model.id() + "-x" + network.scale(), tileSize);
    }

    /** The network's own factor. */
    public int scale() {
        return network.scale();
    }

    @Override
    public synchronized BufferedImage upscale(BufferedImage image, int width, int height) {
        BufferedImage enlarged = tiles.upscale(image);
        if (enlarged.getWidth() == width && enlarged.getHeight() == height) {
            return enlarged;
        }
        return resampler.upscale(enlarged, width, height);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void close() {
        network.close();
    }
}
