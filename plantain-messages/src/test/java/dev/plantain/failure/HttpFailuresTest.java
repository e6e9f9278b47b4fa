package dev.plantain.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpFailuresTest {

    @ParameterizedTest
    @CsvSource({
        "408, true",
        "425, true",
        "429, true",
        "500, true",
        "502, true",
        "503, true",
        "504, true",
        "400, false",
        "401, false",
        "403, false",
        "404, false",
        "413, false",
        "422, false"
    })
    void serversAwayOrThrottlingAreTransientBadRequestsArePermanent(int status, boolean transientFailure) {
        DependencyFailure failure = HttpFailures.of("model-server", status, null, "no");
        assertThat(failure.isTransient()).isEqualTo(transientFailure);
        assertThat(failure.dependency()).isEqualTo("model-server");
        assertThat(failure.getMessage()).isEqualTo("model-server answered HTTP " + status + ": no");
    }

    @Test
    void retryAfterIsReadInSecondsOrAsADate() {
        Instant now = Instant.parse("2026-12-07T19:00:00Z");
        assertThat(HttpFailures.retryAfter("7", now)).contains(Duration.ofSeconds(7));
        assertThat(HttpFailures.retryAfter("Mon, 07 Dec 2026 19:00:30 GMT", now))
                .contains(Duration.ofSeconds(30));
        assertThat(HttpFailures.retryAfter("Mon, 07 Dec 2026 18:00:00 GMT", now))
                .contains(Duration.ZERO);
        assertThat(HttpFailures.retryAfter("soon", now)).isEmpty();
        assertThat(HttpFailures.retryAfter(null, now)).isEmpty();
        assertThat(HttpFailures.of("s3", 429, "3", null).retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(HttpFailures.of("s3", 400, "3", null).retryAfter()).isEmpty();
    }
}
