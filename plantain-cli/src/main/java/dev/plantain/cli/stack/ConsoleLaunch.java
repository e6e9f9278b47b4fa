package dev.plantain.cli.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** How the web console ({@code console-service}) is started beside a stack: its command line and its jar. */
public final class ConsoleLaunch {

    /** The console's process name in the stack's state. */
    public static final String NAME = "console";

    private ConsoleLaunch() {}

    static Path jar(StackSettings settings) {
        return settings.home().resolve("console-service/target/quarkus-app/quarkus-run.jar");
    }

    /** The console's JVM command: reads the stack's topics and blob directory, listens on localhost at the port. */
    static List<String> command(StackSettings settings, int port) {
        Path jar = jar(settings);
        if (!Files.exists(jar)) {
            throw new IllegalStateException("not built: " + jar
                    + ". Run ./mvnw package -DskipTests -pl console-service -am in " + settings.home());
        }
        return List.of(
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-Dkafka.bootstrap.servers=" + settings.bootstrap(),
                "-Dquarkus.http.port=" + port,
                "-Dplantain.topic-prefix=" + settings.topicPrefix(),
                "-Dplantain.blob.store=local",
                "-Dplantain.blob.dir=" + settings.blobDir(),
                "-jar",
                jar.toString());
    }
}
