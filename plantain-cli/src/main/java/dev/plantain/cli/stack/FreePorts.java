package dev.plantain.cli.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free local ports for a stack started by a test or a benchmark: chosen below the kernel's ephemeral range, so that no
 * client connection is given one of them between the check here and the broker's or a service's bind.
 */
public final class FreePorts {

    private static final int LOWEST = 10000;
    private static final int DEFAULT_EPHEMERAL_LOW = 32768;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private FreePorts() {}

    /** One free port. */
    public static int one() {
        return block(List.of(0));
    }

    /** A base port such that the base plus each offset is free (the services' ports and their extra instances'). */
    public static int block(List<Integer> offsets) {
        int span = offsets.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int highest = ephemeralLow() - span;
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(LOWEST, Math.max(LOWEST + 1, highest));
            if (offsets.stream().allMatch(i -> !Readiness.portOpen(base + i) && bindable(base + i))) {
                return base;
            }
        }
        throw new IllegalStateException("no free ports between " + LOWEST + " and " + highest);
    }

    private static int ephemeralLow() {
        try {
            // readAllLines: Files.readString stops early on this procfs file (it reads "3" of "32768 60999")
            return Integer.parseInt(
                    Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL_LOW;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
