package dev.plantain.containers;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine answers: the container tests skip, saying why, where none does, unless the environment
 * requires one ({@code PLANTAIN_REQUIRE_DOCKER=true}, set by {@code .ci/run}, which starts an engine), where they fail.
 */
final class DockerEngine {

    private DockerEngine() {}

    static void require() {
        // Testcontainers 2 speaks API 1.44 unless told otherwise, which Debian 12's Docker 20.10 (1.41) refuses, and
        // a fixed older version would be refused by Docker 29 (1.44 at least): speak the engine's own.
        serverApiVersion().ifPresent(version -> {
            if (System.getProperty("api.version") == null) {
                System.setProperty("api.version", version);
            }
        });
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return;
        }
        String why = "no Docker engine answers (install docker.io and start dockerd as root, as .ci/run does)";
        if (Boolean.parseBoolean(System.getenv("PLANTAIN_REQUIRE_DOCKER"))) {
            fail(why + ", and PLANTAIN_REQUIRE_DOCKER=true requires one");
        }
        abort("skipped: " + why);
    }

    /** The API version the engine speaks, as {@code docker version} reports it; empty without a client or engine. */
    private static Optional<String> serverApiVersion() {
        try {
            Process process = new ProcessBuilder("docker", "version", "--format", "{{.Server.APIVersion}}")
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && out.matches("\\d+\\.\\d+")) {
                return Optional.of(out);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
