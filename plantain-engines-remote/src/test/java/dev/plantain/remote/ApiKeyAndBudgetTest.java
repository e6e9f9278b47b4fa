package dev.plantain.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys from a value or a mounted file, never shown; the per-job spend cap across rounds and retries. */
class ApiKeyAndBudgetTest {

    @Test
    void aKeyFileIsReadWithoutItsNewlineAndTheKeyIsNeverShown(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("key"), "sk-from-file\n");

        ApiKey key = ApiKey.of(Optional.empty(), Optional.of(file));

        assertThat(key.reveal()).isEqualTo("sk-from-file");
        assertThat(key.toString()).isEqualTo("ApiKey[set]");
        assertThat(ApiKey.of(Optional.of("sk-value"), Optional.of(file)).reveal())
                .isEqualTo("sk-value");
        assertThat(ApiKey.of(Optional.empty(), Optional.empty()).present()).isFalse();
        assertThat(new RemoteEndpoint(
                                "vlm",
                                java.net.URI.create("http://127.0.0.1:1/v1"),
                                "m",
                                key,
                                java.time.Duration.ofSeconds(1),
                                1)
                        .toString())
                .doesNotContain("sk-from-file");
    }

    @Test
    void theCapCountsThisInstancesCallsAndTheRoundsBefore() {
        CallBudget budget = new CallBudget(3);
        var job = TestPlans.apples(64, 64);

        assertThat(budget.take(job, 0)).isTrue();
        assertThat(budget.take(job, 0)).isTrue();
        assertThat(budget.take(job, 0)).isTrue();
        assertThat(budget.take(job, 0)).isFalse();
        assertThat(new CallBudget(3).take(job, 3))
                .as("three rounds were refined elsewhere")
                .isFalse();
        assertThat(new CallBudget(3).take(job, 2)).isTrue();
    }
}
