package dev.plantain.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The requested output size, by the long side of the image. */
public enum Resolution {
    R1K("1K", 1024),
    R2K("2K", 2048),
    R4K("4K", 4096);

    /** The largest long side the drafting and refining stages render at; larger jobs are upscaled. */
    public static final int NATIVE_LIMIT = 2048;

    private final String label;
    private final int longSide;

    Resolution(String label, int longSide) {
        this.label = label;
        this.longSide = longSide;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public int longSide() {
        return longSide;
    }

    /** The long side the image is drafted and refined at. */
    public int nativeLongSide() {
        return Math.min(longSide, NATIVE_LIMIT);
    }

    /** How much the upscaler enlarges the native image: 1 when the job renders at its own size. */
    public int upscaleFactor() {
        return longSide / nativeLongSide();
    }

    public static Optional<Resolution> parse(String label) {
        return Arrays.stream(values())
                .filter(r -> r.label.equalsIgnoreCase(label))
                .findFirst();
    }

    @JsonCreator
    public static Resolution fromLabel(String label) {
        return parse(label).orElseThrow(() -> new IllegalArgumentException("unknown resolution '" + label + "'"));
    }
}
