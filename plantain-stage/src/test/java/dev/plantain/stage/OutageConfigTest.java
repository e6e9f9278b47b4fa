package dev.plantain.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code plantain.outage.max-wait} and its per-dependency overrides, read as a service reads them. */
class OutageConfigTest {

    @Test
    void aDependencysOwnMaxWaitOverridesTheDefault() {
        StageConfig config = config(Map.of(
                "plantain.outage.max-wait", "2m",
                "plantain.outage.model-server.max-wait", "20s",
                "plantain.faults.model-servers.model-server", "http://127.0.0.1:1/m"));
        Dependencies dependencies = new Dependencies();
        dependencies.config = config;
        assertThat(dependencies.maxWait("model-server")).isEqualTo(Duration.ofSeconds(20));
        assertThat(dependencies.maxWait("blob-store")).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.faults().modelServers()).containsEntry("model-server", "http://127.0.0.1:1/m");
    }

    @Test
    void tenMinutesByDefault() {
        StageConfig config = config(Map.of());
        assertThat(config.outage().maxWait()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.outage().dependency()).isEmpty();
        assertThat(config.faults().modelServers()).isEmpty();
    }

    private static StageConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(StageConfig.class)
                // Durations as Quarkus reads them ("10m", "500ms").
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new MapBackedConfigSource("test", properties) {})
                .build();
        return config.getConfigMapping(StageConfig.class);
    }
}
