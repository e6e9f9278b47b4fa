package dev.plantain.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the benchmark knows of the machine: its CPU's peak float32 rate, estimated as cores x clock x SIMD lanes x 2
 * (a fused multiply-add is two operations) x 2 FMA units per core (Intel since Haswell, AMD since Zen 2), and the
 * process's peak resident memory, which includes ONNX Runtime's native buffers.
 */
public record BenchMachine(String cpu, int cores, double ghz, int lanes) {

    public static BenchMachine probe() {
        List<String> info = read("/proc/cpuinfo");
        String model = field(info, "model name", "unknown CPU");
        double mhz = Double.parseDouble(field(info, "cpu MHz", "2000"));
        String flags = field(info, "flags", "");
        int lanes = flags.contains("avx512f") ? 16 : flags.contains("avx2") ? 8 : 4;
        return new BenchMachine(model, Runtime.getRuntime().availableProcessors(), mhz / 1000, lanes);
    }

    double peakGflops() {
        return cores * ghz * lanes * 2 * 2;
    }

    String peakFormula() {
        return String.format(
                java.util.Locale.ROOT,
                "%d cores x %.2f GHz x %d float32 lanes (%s) x 2 (FMA) x 2 FMA units",
                cores,
                ghz,
                lanes,
                lanes == 16 ? "AVX-512" : lanes == 8 ? "AVX2" : "SSE");
    }

    /** Peak resident memory of this process in MiB (VmHWM), or -1 where /proc is not there. */
    static long peakResidentMib() {
        String hwm = field(read("/proc/self/status"), "VmHWM", "-1024 kB");
        return Long.parseLong(hwm.replaceAll("\\D", "").isEmpty() ? "-1024" : hwm.replaceAll("\\D", "")) / 1024;
    }

    /** Restarts the peak-resident count (Linux clear_refs); false where the kernel does not allow it. */
    static boolean resetPeakResident() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static List<String> read(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String field(List<String> lines, String key, String fallback) {
        return lines.stream()
                .filter(l -> l.startsWith(key))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst()
                .orElse(fallback);
    }
}
