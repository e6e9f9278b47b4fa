package dev.plantain.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.failure.DependencyFailure;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One dependency's outage: waits that grow and honour Retry-After, counted per outage, then the breaker. */
class OutageTest {

    private static final Instant T0 = Instant.parse("2026-12-07T20:00:00Z");
    private static final DependencyFailure AWAY =
            DependencyFailure.transientFailure("blob-store", "the store's directory is gone", null, null);

    private final Outage outage =
            new Outage("blob-store", Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(8));

    @Test
    void waitsGrowWithJitterUpToTheirCap() {
        for (int tries = 1; tries <= 6; tries++) {
            long cap = Math.min(1000L << (tries - 1), 8000L);
            Outage.Verdict verdict = outage.failed(AWAY, tries, T0);
            assertThat(verdict.givesUp()).isFalse();
            assertThat(verdict.delay().toMillis()).as("try " + tries).isBetween(cap / 2, cap);
        }
        assertThat(outage.state()).isEqualTo(Outage.State.WAITING);
        assertThat(outage.retries()).isEqualTo(6);
    }

    @Test
    void aRetryAfterIsHonoured() {
        DependencyFailure throttled = DependencyFailure.transientFailure("model", "429", Duration.ofSeconds(20), null);
        assertThat(outage.failed(throttled, 1, T0).delay()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void theMaxWaitCountsFromTheOutagesFirstFailureNotEachRecords() {
        outage.failed(AWAY, 1, T0);
        Outage.Verdict late = outage.failed(AWAY, 1, T0.plusSeconds(55));
        assertThat(late.delay()).as("never past the end of the max-wait").isLessThanOrEqualTo(Duration.ofSeconds(5));

        Outage.Verdict over = outage.failed(AWAY, 1, T0.plusSeconds(61));
        assertThat(over.givesUp()).isTrue();
        assertThat(over.reason())
                .startsWith("blob-store has been unavailable for 1 min 1 s, longer than its max-wait of 1 min");
        assertThat(outage.state()).isEqualTo(Outage.State.DOWN);
        assertThat(outage.failed(AWAY, 1, T0.plusSeconds(62)).givesUp())
                .as("held down: the next record fails at once")
                .isTrue();

        outage.answered();
        assertThat(outage.state()).isEqualTo(Outage.State.UP);
        Outage.Verdict fresh = outage.failed(AWAY, 1, T0.plusSeconds(100));
        assertThat(fresh.givesUp()).as("a new outage, a new max-wait").isFalse();
        assertThat(outage.away(T0.plusSeconds(110))).isEqualTo(Duration.ofSeconds(10));
    }
}
