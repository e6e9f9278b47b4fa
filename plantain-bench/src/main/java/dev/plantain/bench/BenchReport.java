package dev.plantain.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The Markdown of {@code docs/benchmarks.md}: the machine, then one section and table per measurement. */
final class BenchReport {

    /** The heading of the hand-kept section that a new run carries over. */
    static final String BEFORE_AFTER = "## Before and after";

    private final boolean quick;
    private final double seconds;

    BenchReport(boolean quick, double seconds) {
        this.quick = quick;
        this.seconds = seconds;
    }

    String render(String hops, StageTimeBench.Outcome stages, String throughput, String codecs, String carried) {
        BenchMachine machine = BenchMachine.probe();
        StringBuilder s = new StringBuilder("# Benchmarks\n\n");
        s.append("Written by `./plantain bench")
                .append(quick ? " --quick" : "")
                .append("` on ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(" in ")
                .append(Percentiles.num(seconds, 0))
                .append(" s; rerun it rather than edit this file")
                .append(" (only the before/after section at the end is kept by hand, and carried over).")
                .append(quick ? " **Quick mode: few runs, figures only indicative.**" : "")
                .append("\n\n");
        s.append("Machine: ")
                .append(machine.cpu())
                .append(", ")
                .append(machine.cores())
                .append(" cores, ")
                .append(memoryGib())
                .append(" GiB memory, Java ")
                .append(System.getProperty("java.version"))
                .append(", ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append(". Every stack is a real Kafka broker (KRaft) and the five services as separate processes on")
                .append(" loopback, as `./plantain up` starts them; job ids and timestamps come from the records.\n\n");
        s.append("## Pipeline overhead per hop\n\n").append(hops).append('\n');
        s.append("## A job's time by stage\n\n")
                .append("The prompt \"")
                .append(BenchJobs.PROMPT)
                .append("\", seed ")
                .append(BenchJobs.SEED)
                .append(", up to 3 refine rounds, default engines, one job at a time. Each step's time is what")
                .append(" the stage reported in its finished event (decode, engine, encode, store, send); waiting is")
                .append(" the rest of the request-to-result time.\n\n")
                .append(stages.stages())
                .append("\nFull 2K job: **")
                .append(Percentiles.num(stages.total2k() / 1000, 2))
                .append(" s** at the median (goal: under 6 s on 2 cores: ")
                .append(stages.total2k() < 6000 ? "met" : "missed")
                .append("). Slowest stage at 1K and 2K: ")
                .append(stages.slowest().label())
                .append(".\n\n");
        s.append("## Throughput\n\n")
                .append("Bursts of identical 1K jobs submitted at once; jobs per minute from the first request")
                .append(" record to the last result record. The slowest stage (")
                .append(stages.slowest().label())
                .append(") is run with one and two instances. CPU busy is the CPU time of every process of the")
                .append(" stack over the burst, as a share of all the machine's cores.\n\n")
                .append(throughput)
                .append('\n');
        s.append("## Image codecs\n\n")
                .append("A real draft of the prompt above at 2K, and its Lanczos x2 at 4K")
                .append(quick ? " (not in quick mode)" : "")
                .append(", in the lossless formats Java's ImageIO writes and the stages' codec reads (lossy JPEG")
                .append(" is out: the verifier judges pixels). Times are medians; decoding goes through the stages'")
                .append(" codec into packed RGB.\n\n")
                .append(codecs)
                .append('\n');
        s.append("## Memory\n\n")
                .append("Peak resident memory of each process of the stack of the stage-time runs, around its 4K")
                .append(" jobs (drafted at 2K, upscaled x2).\n\n")
                .append(stages.memory())
                .append('\n');
        s.append(carried);
        return s.toString();
    }

    private static String memoryGib() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Percentiles.num(Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0, 0))
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
