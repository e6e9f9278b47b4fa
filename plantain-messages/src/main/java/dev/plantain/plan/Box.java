package dev.plantain.plan;

/** An axis-aligned rectangle on the canvas, in pixels, with its origin at the top-left corner. */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("box size must not be negative: " + width + "x" + height);
        }
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2.0;
    }

    public double centerY() {
        return y + height / 2.0;
    }

    public long area() {
        return (long) width * height;
    }

    /** The overlapping area of this box and another, zero when they are apart. */
    public long intersection(Box other) {
        long w = Math.min(right(), other.right()) - Math.max(x, other.x);
        long h = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    public boolean intersects(Box other) {
        return intersection(other) > 0;
    }

    public boolean insideCanvas(int canvasWidth, int canvasHeight) {
        return x >= 0 && y >= 0 && right() <= canvasWidth && bottom() <= canvasHeight;
    }

    /** This box grown by {@code margin} pixels on every side. */
    public Box grow(int margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        int left = Math.min(x, other.x);
        int top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    /**
     * This box on a {@code toWidth x toHeight} canvas, from a {@code fromWidth x fromHeight} one: its left and top
     * edges rounded down and its right and bottom edges rounded up to whole pixels (exact integer arithmetic), so the
     * scaled box still covers everything the original did.
     */
    public Box scaled(int fromWidth, int fromHeight, int toWidth, int toHeight) {
        int left = Math.floorDiv(x * toWidth, fromWidth);
        int top = Math.floorDiv(y * toHeight, fromHeight);
        int scaledRight = -Math.floorDiv(-right() * toWidth, fromWidth);
        int scaledBottom = -Math.floorDiv(-bottom() * toHeight, fromHeight);
        return new Box(left, top, scaledRight - left, scaledBottom - top);
    }
}
