package dev.plantain.messages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Per-stage durations that travel with a job: {@code plan}, {@code draft}, {@code verify#0}, {@code refine#1}... */
public final class Timings {

    private Timings() {}

    /** A copy with one more stage's milliseconds, keeping the order the stages ran in. */
    public static Map<String, Long> plus(Map<String, Long> timings, String stage, long millis) {
        Map<String, Long> copy = new LinkedHashMap<>(timings);
        copy.put(stage, millis);
        return Collections.unmodifiableMap(copy);
    }
}
