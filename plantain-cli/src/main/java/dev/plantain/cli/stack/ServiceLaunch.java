package dev.plantain.cli.stack;

import dev.plantain.messages.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** How a packaged stage service is started: its command line, and the check that it was built. */
public final class ServiceLaunch {

    private ServiceLaunch() {}

    /** The JVM command of one service instance on this port, with the extra arguments meant for its stage. */
    public static List<String> command(StackSettings settings, Stage stage, int port, List<String> extra) {
        Path jar = settings.home().resolve(StackSettings.module(stage)).resolve("target/quarkus-app/quarkus-run.jar");
        // A service refuses keys of another stage's section (plantain.draft.* in the planner), so each gets its own.
        List<String> command = new ArrayList<>(extra.stream()
                .filter(arg -> Stream.of(Stage.values())
                        .filter(other -> other != stage)
                        .noneMatch(other -> arg.startsWith("-Dplantain." + other.label() + ".")))
                .toList());
        command.addAll(List.of(
                "-Xmx768m",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-Dkafka.bootstrap.servers=" + settings.bootstrap(),
                "-Dquarkus.http.port=" + port,
                "-Dplantain.topic-prefix=" + settings.topicPrefix(),
                "-Dplantain.partitions=" + settings.partitions(),
                "-Dplantain.replication-factor=" + settings.replicationFactor(),
                "-Dplantain.min-insync-replicas=" + settings.minInsyncReplicas(),
                "-Dplantain.blob.store=local",
                "-Dplantain.blob.dir=" + settings.blobDir(),
                "-jar",
                jar.toString()));
        return command;
    }

    /** Fails with the build command to run when a service or the broker's classpath has not been packaged. */
    static void requirePackaged(StackSettings settings) {
        List<Path> missing = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            Path jar =
                    settings.home().resolve(StackSettings.module(stage)).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                missing.add(jar);
            }
        }
        if (!Files.isDirectory(BrokerProcess.classpathDir(settings))) {
            missing.add(BrokerProcess.classpathDir(settings));
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    "not built: " + missing + ". Run ./mvnw package -DskipTests in " + settings.home());
        }
    }
}
