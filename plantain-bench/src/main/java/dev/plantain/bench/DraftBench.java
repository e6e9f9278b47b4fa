package dev.plantain.bench;

import com.sun.management.ThreadMXBean;
import dev.plantain.cli.LocalEngines;
import dev.plantain.plan.ScenePlan;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the draft engine at 1K and 2K over a fixed prompt set (plans made beforehand, so only drafting is timed),
 * after a warm-up pass over every prompt that the figures exclude (its times are printed as "cold": they hold class
 * loading, JIT compilation and the art cache's first renders); per prompt as well as overall, so a slow case shows.
 * Also the refiner per round on the drafts that fail verification, and memory two ways: bytes allocated by the
 * drafting thread per draft (ThreadMXBean) and the peak of used heap over each resolution's run (the heap memory
 * pools' peak usage, reset before it).
 */
final class DraftBench {

    static final List<String> PROMPTS = List.of(
            "three red apples to the left of a blue car",
            "a sign that says \"OPEN\" in a city at night",
            "two cats and a dog in a forest",
            "five yellow ducks on a beach at sunset",
            "a watercolour of a house next to a tree",
            "pixel art of a green frog above a red mushroom",
            "seven oranges and four bananas on a table",
            "a neon sign that says \"BAR\" next to a purple guitar");

    /** One resolution's figures. */
    record Row(
            int side,
            int drafts,
            double medianMs,
            double maxMs,
            double allocatedMib,
            double peakHeapMib,
            List<Double> refineMs,
            List<PromptTimes> perPrompt) {}

    /** One prompt's draft times at one resolution: the warm-up draft, and the timed drafts' median and max. */
    record PromptTimes(String prompt, double coldMs, double medianMs, double maxMs) {}

    private final LocalEngines engines;

    DraftBench(LocalEngines engines) {
        this.engines = engines;
    }

    Row run(int side, List<String> prompts, int repeats, int maxRounds) {
        List<ScenePlan> plans =
                prompts.stream().map(p -> engines.plan(p, side, side, 7)).toList();
        double[] cold = new double[plans.size()];
        for (int i = 0; i < plans.size(); i++) {
            cold[i] = timed(plans.get(i));
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] times = new double[plans.size() * repeats];
        double[][] byPrompt = new double[plans.size()][repeats];
        long allocated = 0;
        int n = 0;
        for (int r = 0; r < repeats; r++) {
            for (int i = 0; i < plans.size(); i++) {
                long before = threads.getCurrentThreadAllocatedBytes();
                byPrompt[i][r] = timed(plans.get(i));
                times[n++] = byPrompt[i][r];
                allocated += threads.getCurrentThreadAllocatedBytes() - before;
            }
        }
        double peakHeap =
                heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
        List<Double> refine = new ArrayList<>();
        for (String prompt : prompts) {
            engines.run(prompt, side, side, 7, maxRounds).refineNanos().forEach(t -> refine.add(t / 1e6));
        }
        Arrays.sort(times);
        List<PromptTimes> perPrompt = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Arrays.sort(byPrompt[i]);
            perPrompt.add(new PromptTimes(prompts.get(i), cold[i], median(byPrompt[i]), byPrompt[i][repeats - 1]));
        }
        return new Row(side, n, median(times), times[n - 1], allocated / 1048576.0 / n, peakHeap, refine, perPrompt);
    }

    private double timed(ScenePlan plan) {
        long start = System.nanoTime();
        engines.draft(plan);
        return (System.nanoTime() - start) / 1e6;
    }

    static void print(List<Row> rows, PrintWriter out) {
        out.println("## Draft time");
        out.println("| size | drafts | median ms | max ms | allocated per draft MiB | peak heap used MiB |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Row r : rows) {
            out.printf(
                    Locale.ROOT,
                    "| %dx%d | %d | %.0f | %.0f | %.0f | %.0f |%n",
                    r.side(),
                    r.side(),
                    r.drafts(),
                    r.medianMs(),
                    r.maxMs(),
                    r.allocatedMib(),
                    r.peakHeapMib());
        }
        out.println();
        out.println("## Draft time per prompt");
        out.println("cold: the prompt's draft in the warm-up pass, which the figures above exclude.");
        out.println();
        out.println("| size | prompt | cold ms | median ms | max ms |");
        out.println("| --- | --- | ---: | ---: | ---: |");
        for (Row r : rows) {
            for (PromptTimes p : r.perPrompt()) {
                out.printf(
                        Locale.ROOT,
                        "| %dx%d | %s | %.0f | %.0f | %.0f |%n",
                        r.side(),
                        r.side(),
                        p.prompt().replace("|", "\\|"),
                        p.coldMs(),
                        p.medianMs(),
                        p.maxMs());
            }
        }
        out.println();
        out.println("## Refine time per round");
        out.println("| size | rounds | median ms | max ms |");
        out.println("| --- | ---: | ---: | ---: |");
        for (Row r : rows) {
            double[] t = r.refineMs().stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            out.printf(
                    Locale.ROOT,
                    "| %dx%d | %d | %s | %s |%n",
                    r.side(),
                    r.side(),
                    t.length,
                    t.length == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", median(t)),
                    t.length == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", t[t.length - 1]));
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
