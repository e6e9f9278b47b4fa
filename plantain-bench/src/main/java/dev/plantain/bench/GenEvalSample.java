package dev.plantain.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which GenEval prompts a benchmark run takes: all of them, {@code limit} of them spread evenly over the file, or the
 * same number from every tag (a stratified sample, so that each tag's pass rate rests on as many prompts).
 */
final class GenEvalSample {

    /** A prompt and its line in the file (from 0); its seed is the line plus one, in every mode of the benchmark. */
    record Entry(int line, GenEvalBench.Prompt prompt) {

        long seed() {
            return line + 1L;
        }
    }

    private GenEvalSample() {}

    /**
     * @param limit this many, evenly spaced over the file (0: no limit)
     * @param perTag this many from each tag, spread evenly over the tag's prompts (0: not stratified); wins over limit
     */
    static List<Entry> select(List<GenEvalBench.Prompt> all, int limit, int perTag) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            entries.add(new Entry(i, all.get(i)));
        }
        if (perTag > 0) {
            List<Entry> sample = new ArrayList<>();
            byTag(entries).values().forEach(tag -> sample.addAll(spread(tag, perTag)));
            return sample;
        }
        return limit > 0 ? spread(entries, limit) : entries;
    }

    /**
     * The same entries, taking one of each tag in turn, so that any prefix of the order (what a run cut short has
     * done) is a sample of every tag.
     */
    static List<Entry> interleaved(List<Entry> entries) {
        Map<String, List<Entry>> byTag = byTag(entries);
        List<Entry> order = new ArrayList<>();
        for (int i = 0; order.size() < entries.size(); i++) {
            for (List<Entry> tag : byTag.values()) {
                if (i < tag.size()) {
                    order.add(tag.get(i));
                }
            }
        }
        return order;
    }

    private static Map<String, List<Entry>> byTag(List<Entry> entries) {
        Map<String, List<Entry>> byTag = new LinkedHashMap<>();
        entries.forEach(e ->
                byTag.computeIfAbsent(e.prompt().tag(), k -> new ArrayList<>()).add(e));
        return byTag;
    }

    /** {@code n} entries (all when there are fewer), evenly spaced from the first. */
    private static List<Entry> spread(List<Entry> entries, int n) {
        if (n >= entries.size()) {
            return entries;
        }
        List<Entry> picked = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            picked.add(entries.get((int) ((long) k * entries.size() / n)));
        }
        return picked;
    }
}
