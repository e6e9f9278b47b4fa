package dev.plantain.upscaler;

import java.awt.image.BufferedImage;

/** Prints how long a 2K to 4K upscale takes; run by hand, not by the build. */
public final class LanczosUpscalerBenchmark {

    private LanczosUpscalerBenchmark() {}

    public static void main(String[] args) {
        BufferedImage image = new BufferedImage(2048, 2048, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2048; y++) {
            for (int x = 0; x < 2048; x++) {
                image.setRGB(x, y, (x ^ y) * 2654435 & 0xffffff);
            }
        }
        LanczosUpscaler upscaler = new LanczosUpscaler();
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            upscaler.upscale(image, 4096, 4096);
            System.out.printf("2048x2048 -> 4096x4096: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
    }
}
