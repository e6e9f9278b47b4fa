package dev.plantain.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Peak resident memory (VmHWM) of other processes, read from /proc, and its reset (clear_refs). */
final class ProcessMemory {

    private ProcessMemory() {}

    /** Restarts a process's peak-resident count; false where the kernel does not allow it. */
    static boolean resetPeak(long pid) {
        try {
            Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5");
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Peak resident MiB by process name, -1 where /proc cannot tell. */
    static Map<String, Long> peaks(Map<String, Long> processes) {
        Map<String, Long> peaks = new LinkedHashMap<>();
        processes.forEach((name, pid) -> peaks.put(name, peakMib(pid)));
        return peaks;
    }

    static long peakMib(long pid) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/" + pid + "/status"));
            return lines.stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                    .findFirst()
                    .orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    static String table(Map<String, Long> peaks, boolean reset) {
        MarkdownTable table = new MarkdownTable("process", "peak resident memory, MiB", "heap limit");
        peaks.forEach(
                (name, mib) -> table.row(name, mib < 0 ? "–" : mib, name.equals("kafka") ? "-Xmx512m" : "-Xmx768m"));
        return table.render()
                + (reset
                        ? "\nPeak resident memory (VmHWM) counted from just before the 4K jobs to just after them.\n"
                        : "\nPeak resident memory (VmHWM) since each process started: the kernel did not allow"
                                + " resetting the count before the 4K jobs.\n");
    }
}
