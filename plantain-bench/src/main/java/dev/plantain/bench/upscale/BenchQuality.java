package dev.plantain.bench.upscale;

import dev.plantain.bench.BenchImages;
import dev.plantain.upscaler.ImageUpscaler;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** A quality table: each image shrunk x2 as a protocol says, enlarged back by each upscaler, scored against itself. */
final class BenchQuality {

    private final PrintWriter out;

    BenchQuality(PrintWriter out) {
        this.out = out;
    }

    void print(
            String title, SrProtocol protocol, List<BenchImages.Named> images, Map<String, ImageUpscaler> upscalers) {
        List<String> names = BenchUpscaleCommand.names(upscalers);
        double[] psnr = new double[names.size()];
        double[] ssim = new double[names.size()];
        out.println("## " + title + " (" + images.size() + " images, halved then enlarged x2; PSNR dB / SSIM)");
        out.println(protocol.description() + ". Slope: the image's power spectrum slope (photographs: about -2;"
                + " steeper is smoother, easier for any resampler).");
        out.println("| image | slope | " + String.join(" | ", names) + " |");
        out.println("|---|---" + "|---".repeat(names.size()) + "|");
        for (BenchImages.Named image : images) {
            BufferedImage original = image.image();
            BufferedImage small = protocol.shrink(original);
            StringBuilder row =
                    new StringBuilder(BenchUpscaleCommand.f("| %s | %.2f |", image.name(), SpectralSlope.of(original)));
            for (int i = 0; i < names.size(); i++) {
                BufferedImage back =
                        upscalers.get(names.get(i)).upscale(small, original.getWidth(), original.getHeight());
                double p = protocol.psnr(original, back);
                double s = protocol.ssim(original, back);
                psnr[i] += p / images.size();
                ssim[i] += s / images.size();
                row.append(BenchUpscaleCommand.f(" %.2f / %.4f |", p, s));
            }
            out.println(row);
        }
        out.println();
        out.println("## " + title + ": means");
        out.println("| upscaler | PSNR dB | SSIM | PSNR margin over lanczos3 | SSIM margin over lanczos3 |");
        out.println("|---|---|---|---|---|");
        int lanczos = names.indexOf("lanczos3");
        for (int i = 0; i < names.size(); i++) {
            out.println(BenchUpscaleCommand.f(
                    "| %s | %.2f | %.4f | %+.2f | %+.4f |",
                    names.get(i), psnr[i], ssim[i], psnr[i] - psnr[lanczos], ssim[i] - ssim[lanczos]));
        }
        out.println();
    }

    static BufferedImage halve(BufferedImage image) {
        int w = image.getWidth() / 2;
        int h = image.getHeight() / 2;
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0, g = 0, b = 0;
                for (int d = 0; d < 4; d++) {
                    int p = image.getRGB(2 * x + d % 2, 2 * y + d / 2);
                    r += (p >> 16) & 0xff;
                    g += (p >> 8) & 0xff;
                    b += p & 0xff;
                }
                small.setRGB(x, y, (r + 2) / 4 << 16 | (g + 2) / 4 << 8 | (b + 2) / 4);
            }
        }
        return small;
    }
}
