package dev.plantain.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Width to height, written {@code W:H}; between 1:4 and 4:1. */
public record AspectRatio(int width, int height) {

    public static final String ALLOWED =
            "W:H with whole numbers 1-64 and a ratio between 1:4 and 4:1 (1:1, 4:3, 3:2, 16:9, 9:16 ...)";
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,2})\\s*:\\s*(\\d{1,2})\\s*");

    public static final AspectRatio SQUARE = new AspectRatio(1, 1);

    public AspectRatio {
        if (width < 1 || height < 1 || width > 64 || height > 64) {
            throw new IllegalArgumentException("aspect ratio " + width + ":" + height + " out of range: " + ALLOWED);
        }
        if (width > 4 * height || height > 4 * width) {
            throw new IllegalArgumentException("aspect ratio " + width + ":" + height + " too extreme: " + ALLOWED);
        }
    }

    @JsonCreator
    public static AspectRatio parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an aspect ratio: " + ALLOWED);
        }
        return new AspectRatio(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Canvas width for a long side, rounded to a multiple of 8 pixels. */
    public int canvasWidth(int longSide) {
        return width >= height ? longSide : roundTo8((double) longSide * width / height);
    }

    /** Canvas height for a long side, rounded to a multiple of 8 pixels. */
    public int canvasHeight(int longSide) {
        return height >= width ? longSide : roundTo8((double) longSide * height / width);
    }

    private static int roundTo8(double v) {
        return Math.max(8, (int) Math.round(v / 8) * 8);
    }

    @JsonValue
    @Override
    public String toString() {
        return width + ":" + height;
    }
}
