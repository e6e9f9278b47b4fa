package dev.plantain.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.plantain.messages.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docker-compose.yml, the users' way to run the stack in containers, agrees with what the container tests run: the
 * same image recipe and services, the same settings, the store's bucket and credentials.
 */
class ComposeFileAgreesTest {

    private static JsonNode services;
    private static final Map<String, String> TESTED = new StackContainers().serviceEnvironment(8080);

    @BeforeAll
    static void readCompose() throws IOException {
        services = new ObjectMapper(new YAMLFactory())
                .readTree(Images.home().resolve("docker-compose.yml").toFile())
                .path("services");
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyStageIsBuiltFromTheRecipeAndModuleTheImagesScriptBuilds(Stage stage) throws IOException {
        JsonNode build = services.path(stage.label()).path("build");
        assertThat(build.path("dockerfile").asText()).isEqualTo("docker/service.Dockerfile");
        String module = build.path("args").path("SERVICE").asText();
        assertThat(Images.service(stage)).isEqualTo("plantain/" + module + ":dev");
        assertThat(Files.readString(Images.home().resolve("docker/images.sh"))).contains(module);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyStageGetsTheSettingsTheTestedContainersGet(Stage stage) {
        JsonNode env = services.path(stage.label()).path("environment");
        TESTED.keySet().stream()
                .filter(key -> !key.equals("QUARKUS_HTTP_PORT"))
                .forEach(key -> assertThat(env.has(key))
                        .as(stage.label() + " sets " + key)
                        .isTrue());
        for (String key : new String[] {
            "PLANTAIN_TOPIC_PREFIX",
            "PLANTAIN_BLOB_STORE",
            "PLANTAIN_BLOB_S3_BUCKET",
            "PLANTAIN_BLOB_S3_ACCESS_KEY",
            "PLANTAIN_BLOB_S3_SECRET_KEY"
        }) {
            assertThat(env.path(key).asText()).as(stage.label() + " " + key).isEqualTo(TESTED.get(key));
        }
    }

    @Test
    void theStoreImageDefaultsToTheComposeStoresCredentials() throws IOException {
        JsonNode minio = services.path("minio").path("environment");
        String start = Files.readString(Images.home().resolve("docker/s3-start.sh"));
        assertThat(start)
                .contains("${S3_ACCESS_KEY:-" + minio.path("MINIO_ROOT_USER").asText() + "}")
                .contains(
                        "${S3_SECRET_KEY:-" + minio.path("MINIO_ROOT_PASSWORD").asText() + "}")
                .contains("${S3_BUCKET:-" + StackContainers.BUCKET + "}");
        assertThat(services.path("minio-init").path("entrypoint").get(2).asText())
                .contains("mc mb --ignore-existing local/" + StackContainers.BUCKET);
    }
}
