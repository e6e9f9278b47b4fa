package dev.plantain.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The median and 99th percentile of a set of measurements (nearest rank), and how many there were. */
record Percentiles(double p50, double p99, int count) {

    static Percentiles of(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            return new Percentiles(Double.NaN, Double.NaN, 0);
        }
        List<Double> sorted = new ArrayList<>();
        values.forEach(v -> sorted.add(v.doubleValue()));
        sorted.sort(Double::compare);
        return new Percentiles(rank(sorted, 0.50), rank(sorted, 0.99), sorted.size());
    }

    private static double rank(List<Double> sorted, double q) {
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** "p50 / p99" in milliseconds with the given decimals. */
    String ms(int decimals) {
        return count == 0 ? "–" : num(p50, decimals) + " / " + num(p99, decimals);
    }

    static String num(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
