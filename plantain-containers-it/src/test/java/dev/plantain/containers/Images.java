package dev.plantain.containers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The images under test, built from this checkout's packaged modules by {@code docker/images.sh} (what
 * {@code ./plantain images} runs) once per test run; nothing is pulled.
 */
final class Images {

    static final String BROKER = "plantain/kafka:dev";
    static final String S3 = "plantain/s3:dev";

    private static boolean built;

    private Images() {}

    static String service(Stage stage) {
        return "plantain/" + stage.label() + "-service:dev";
    }

    static Path home() {
        return Path.of(System.getProperty("plantain.home", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** Builds the images (the base only when missing); the script's timings go to stdout and target/images.log. */
    static synchronized void build() throws IOException, InterruptedException {
        if (built) {
            return;
        }
        Path log = home().resolve("plantain-containers-it/target/images.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(home().resolve("docker/images.sh").toString())
                .directory(home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(20, TimeUnit.MINUTES))
                .as("images built in time")
                .isTrue();
        String output = Files.readString(log);
        System.out.print(output.lines()
                .filter(l -> l.startsWith("images: "))
                .map(l -> l + "\n")
                .reduce("", String::concat));
        assertThat(process.exitValue()).as("docker/images.sh:\n" + output).isZero();
        built = true;
    }
}
