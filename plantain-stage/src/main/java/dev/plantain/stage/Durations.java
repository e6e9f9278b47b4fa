package dev.plantain.stage;

import java.time.Duration;

/** Durations as a person reads them in a reason or a progress line: "8 s", "1 min 5 s", "750 ms". */
final class Durations {

    private Durations() {}

    static String words(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        return seconds % 60 == 0 ? minutes + " min" : minutes + " min " + seconds % 60 + " s";
    }
}
