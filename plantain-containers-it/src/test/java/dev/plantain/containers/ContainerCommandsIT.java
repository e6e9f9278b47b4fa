package dev.plantain.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plantain.image.ImageCodec;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ./plantain up --containers} and the commands a user runs on the stack it starts, each as its own process:
 * {@code generate}, {@code submit}, {@code stop}/{@code start --stage}, {@code trace}, {@code replay}, {@code down}.
 */
class ContainerCommandsIT {

    private static final Path STATE = Images.home().resolve("plantain-containers-it/target/container-stack");
    private static final int KAFKA_PORT = freePort();
    private static final int CONTROLLER_PORT = freePort();
    private static final int HTTP_PORT = freeHttpBlock();

    /** What a command printed (both streams) and how it exited. */
    record Run(int exit, String output) {}

    @BeforeAll
    static void buildTheImages() throws Exception {
        DockerEngine.require();
        Images.build();
    }

    @AfterAll
    static void down() throws Exception {
        if (Files.exists(STATE.resolve("stack.properties"))) {
            plantain("down");
        }
    }

    @Test
    void theCommandsWorkOnTheStackInContainers() throws Exception {
        Run up = plantain("up", "--containers", "--scale", "draft=2");
        assertThat(up.exit()).as(up.output()).isZero();
        assertThat(up.output()).contains("starting 6 service container(s)").contains("stack ready in containers");
        assertThat(stackContainers()).hasSize(7);

        Path png = Images.home().resolve("plantain-containers-it/target/container-stack-apple.png");
        Run generate = plantain("generate", "a red apple on a plate", "--out", png.toString(), "--resolution", "1K");
        assertThat(generate.exit()).as(generate.output()).isZero();
        BufferedImage image = new ImageCodec(ImageCodec.DEFAULT_MAX_PIXELS).decode(Files.readAllBytes(png));
        assertThat(image.getWidth()).isEqualTo(1024);

        Run stop = plantain("stop", "--stage", "verifier");
        assertThat(stop.exit()).as(stop.output()).isZero();
        assertThat(stackContainers()).hasSize(6).noneMatch(name -> name.contains("-verifier-"));
        Run submit = plantain("submit", "two cats", "--job-id", "in-containers-1", "--resolution", "1K");
        assertThat(submit.exit()).as(submit.output()).isZero();
        Run start = plantain("start", "--stage", "verifier");
        assertThat(start.exit()).as(start.output()).isZero();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> resultsOf("in-containers-1"), n -> n == 1);

        Run replay = plantain("replay", "--job", "in-containers-1", "--stage", "upscaler");
        assertThat(replay.exit()).as(replay.output()).isZero();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> resultsOf("in-containers-1"), n -> n == 2);

        Run down = plantain("down");
        assertThat(down.exit()).as(down.output()).isZero();
        assertThat(stackContainers()).isEmpty();
    }

    /** The results lines of a job's trace. */
    private static long resultsOf(String jobId) throws Exception {
        Run trace = plantain("trace", jobId);
        assertThat(trace.exit()).as(trace.output()).isZero();
        return trace.output().lines().filter(l -> l.contains(" results ")).count();
    }

    private static List<String> stackContainers() throws Exception {
        Run ps = run(List.of(
                "docker", "ps", "--all", "--filter", "label=dev.plantain.stack=" + STATE, "--format", "{{.Names}}"));
        assertThat(ps.exit()).as(ps.output()).isZero();
        return ps.output().lines().filter(l -> !l.isBlank()).toList();
    }

    /** {@code ./plantain ARGS} on this test's state directory and ports. */
    private static Run plantain(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("bash", Images.home().resolve("plantain").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of(
                "--state-dir",
                STATE.toString(),
                "--kafka-port",
                String.valueOf(KAFKA_PORT),
                "--controller-port",
                String.valueOf(CONTROLLER_PORT),
                "--http-port",
                String.valueOf(HTTP_PORT)));
        return run(command);
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("plantain-run", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        process.getOutputStream().close();
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A base port whose five services' ports, and a second draft instance's (+10), are free. */
    private static int freeHttpBlock() {
        for (int base = 20000 + (int) (ProcessHandle.current().pid() % 20000); ; base += 20) {
            int from = base;
            if (IntStream.of(0, 1, 2, 3, 4, 11).allMatch(offset -> free(from + offset))) {
                return base;
            }
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
