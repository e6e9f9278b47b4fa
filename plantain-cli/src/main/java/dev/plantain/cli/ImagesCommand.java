package dev.plantain.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Builds the container images of the stack, {@code docker/images.sh} in the checkout, for {@code up --containers}. */
@Command(
        name = "images",
        description = "Build the container images: a Java 17 base (once; from Debian's packages unless "
                + "PLANTAIN_BASE_IMAGE names one), the Kafka broker, an S3-compatible store and the services.")
final class ImagesCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<String> command =
                List.of(StackOptions.home().resolve("docker/images.sh").toString());
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
