package dev.plantain.diffusion;

/**
 * The size a model draws a request at: the request's aspect ratio at the model's native pixel count (its native side
 * squared), sides rounded to the model's unit (64 pixels for a 512-pixel model; an eighth of the native side for
 * smaller ones) and kept between half and twice the native side. A square request on SD 1.5 draws 512x512; 16:9
 * draws 704x384; on SDXL, 1024x1024 and 1344x768. The upscaler takes it from there (factor = requested / drawn).
 *
 * @param width drawn width in pixels
 * @param height drawn height in pixels
 */
public record DrawSize(int width, int height) {

    public static DrawSize nearest(int requestedWidth, int requestedHeight, int nativeSide) {
        int unit = Math.max(8, Math.min(64, nativeSide / 8));
        double aspect = (double) requestedWidth / requestedHeight;
        double area = (double) nativeSide * nativeSide;
        double width = Math.sqrt(area * aspect);
        return new DrawSize(side(width, unit, nativeSide), side(area / width, unit, nativeSide));
    }

    private static int side(double exact, int unit, int nativeSide) {
        int rounded = (int) Math.round(exact / unit) * unit;
        int low = Math.max(unit, nativeSide / 2 / unit * unit);
        return Math.max(low, Math.min(2 * nativeSide, rounded));
    }
}
