package dev.plantain.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docker-compose.yml agrees with the code: its services, topics, ports and configuration keys. */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static JsonNode services;

    @BeforeAll
    static void readCompose() throws IOException {
        services = new ObjectMapper(new YAMLFactory())
                .readTree(ROOT.resolve("docker-compose.yml").toFile())
                .path("services");
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyStageIsAServiceBuiltFromItsModule(Stage stage) {
        JsonNode service = services.path(stage.label());
        String module = service.path("build").path("args").path("SERVICE").asText();
        assertThat(module).isEqualTo(stage.label() + "-service");
        assertThat(ROOT.resolve(module).resolve("pom.xml")).exists();
        assertThat(ROOT.resolve(service.path("build").path("dockerfile").asText()))
                .exists();
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyStageTalksToTheComposeBrokerWithTheDefaultTopicNames(Stage stage) {
        JsonNode env = services.path(stage.label()).path("environment");
        assertThat(env.path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
        assertThat(services.has("kafka")).isTrue();
        assertThat(env.path("PLANTAIN_TOPIC_PREFIX").asText()).isEqualTo(Topic.DEFAULT_PREFIX);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyEnvironmentKeyIsAConfigurationKeyTheServiceReads(Stage stage) throws IOException {
        Set<String> known = configKeysAsEnvironment("plantain", StageConfig.class);
        known.add("KAFKA_BOOTSTRAP_SERVERS");
        applicationProperties(stage).stringPropertyNames().forEach(key -> known.add(asEnvironment(key)));
        Iterator<String> names =
                services.path(stage.label()).path("environment").fieldNames();
        names.forEachRemaining(name ->
                assertThat(known).as("environment key of " + stage.label()).contains(name));
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void theHostPortIsTheServicesOwnHttpPort(Stage stage) throws IOException {
        Properties props = applicationProperties(stage);
        String mapping = services.path(stage.label()).path("ports").get(0).asText();
        assertThat(mapping).isEqualTo(props.getProperty("quarkus.http.port") + ":8080");
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyStageSendsItsSpansToTheComposeCollector(Stage stage) throws IOException {
        Properties props = applicationProperties(stage);
        JsonNode env = services.path(stage.label()).path("environment");
        for (String key : new String[] {"quarkus.otel.traces.sampler.arg", "quarkus.otel.exporter.otlp.endpoint"}) {
            assertThat(props).as("key the service reads").containsKey(key);
            assertThat(env.has(asEnvironment(key)))
                    .as(stage.label() + " sets " + key)
                    .isTrue();
        }
        assertThat(env.path("QUARKUS_OTEL_TRACES_SAMPLER_ARG").asDouble()).isPositive();
        URI collector =
                URI.create(env.path("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").asText());
        assertThat(services.has(collector.getHost()))
                .as("collector service " + collector.getHost())
                .isTrue();
        assertThat(collector.getPort()).as("OTLP/gRPC port").isEqualTo(4317);
    }

    @Test
    void theStagesThatWillRunModelsReserveAGpu() {
        for (String gpuStage : new String[] {"draft", "refiner", "upscaler"}) {
            JsonNode device = services.path(gpuStage)
                    .path("deploy")
                    .path("resources")
                    .path("reservations")
                    .path("devices")
                    .get(0);
            assertThat(device.path("capabilities").get(0).asText()).as(gpuStage).isEqualTo("gpu");
        }
    }

    private static Properties applicationProperties(Stage stage) throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(
                ROOT.resolve(stage.label() + "-service/src/main/resources/application.properties"))) {
            props.load(in);
        }
        return props;
    }

    /** A key as an environment variable ({@code quarkus.otel.traces.sampler.arg}: {@code QUARKUS_OTEL_TRACES_SAMPLER_ARG}). */
    private static String asEnvironment(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The environment-variable spelling of every key of a {@code @ConfigMapping} interface, nested groups included. */
    private static Set<String> configKeysAsEnvironment(String prefix, Class<?> mapping) {
        Set<String> keys = new HashSet<>();
        for (Method method : mapping.getDeclaredMethods()) {
            String key = prefix + "."
                    + method.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            if (method.getReturnType().isInterface()
                    && method.getReturnType().getEnclosingClass() == StageConfig.class) {
                keys.addAll(configKeysAsEnvironment(key, method.getReturnType()));
            } else {
                keys.add(asEnvironment(key));
            }
        }
        return keys;
    }
}
