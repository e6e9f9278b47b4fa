package dev.plantain.remote;

/** A width and height in pixels, as a model is asked to draw them. */
public record PixelSize(int width, int height) {

    public PixelSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be positive, was " + width + "x" + height);
        }
    }

    /** Reads {@code WxH}, as the OpenAI API writes sizes. */
    public static PixelSize parse(String text) {
        String[] parts = text.strip().toLowerCase(java.util.Locale.ROOT).split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not a size WxH");
        }
        return new PixelSize(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    public double aspect() {
        return (double) width / height;
    }

    public long area() {
        return (long) width * height;
    }

    /** How far apart two shapes are: 0 for the same aspect, symmetric in wide and tall. */
    public double aspectDistance(double otherAspect) {
        return Math.abs(Math.log(aspect() / otherAspect));
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
