package dev.plantain.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ports for a stack of our own lie below the ephemeral range, each of a block free to bind. */
class FreePortsTest {

    @Test
    void aBlockIsFreeAndBelowTheEphemeralRange() throws IOException {
        int base = FreePorts.block(List.of(0, 1, 10, 24));

        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        int ephemeralLow = Files.exists(range)
                ? Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0])
                : 32768;
        assertThat(base).isGreaterThanOrEqualTo(10000);
        assertThat(base + 24).isLessThan(ephemeralLow);
        for (int offset : List.of(0, 1, 10, 24)) {
            try (ServerSocket socket = new ServerSocket(base + offset)) {
                assertThat(socket.getLocalPort()).isEqualTo(base + offset);
            }
        }
    }
}
