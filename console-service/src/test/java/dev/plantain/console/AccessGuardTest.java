package dev.plantain.console;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may act: loopback without a token, any other address only with one; forms need the CSRF token and the token. */
class AccessGuardTest {

    @Test
    void refusesToListenBeyondTheLoopbackWithoutAToken() {
        assertThatThrownBy(() -> guard("0.0.0.0", null).check(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plantain.console.token");
        assertThatCode(() -> guard("0.0.0.0", "s3cret").check(null)).doesNotThrowAnyException();
        assertThatCode(() -> guard("localhost", null).check(null)).doesNotThrowAnyException();
        assertThatCode(() -> guard("127.0.0.1", null).check(null)).doesNotThrowAnyException();
    }

    @Test
    void aFormNeedsThisStartsCsrfTokenAndTheAccessToken() {
        AccessGuard open = guard("localhost", null);
        assertThatCode(() -> open.requireAllowed(open.csrfToken(), null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> open.requireAllowed("forged", null)).hasMessageContaining("not made by this console");
        assertThatThrownBy(() -> open.requireAllowed(guard("localhost", null).csrfToken(), null))
                .as("another start's token")
                .isInstanceOf(ConsoleException.class);

        AccessGuard closed = guard("0.0.0.0", "s3cret");
        assertThatThrownBy(() -> closed.requireAllowed(closed.csrfToken(), null))
                .hasMessageContaining("access token");
        assertThatThrownBy(() -> closed.requireAllowed(closed.csrfToken(), "guess"))
                .hasMessageContaining("access token");
        assertThatCode(() -> closed.requireAllowed(closed.csrfToken(), "s3cret"))
                .doesNotThrowAnyException();
    }

    private static AccessGuard guard(String host, String token) {
        AccessGuard guard = new AccessGuard();
        guard.host = host;
        guard.config = new ConsoleConfig() {
            @Override
            public String topicPrefix() {
                return "plantain.";
            }

            @Override
            public Console console() {
                return new Console() {
                    @Override
                    public int maxJobs() {
                        return 10;
                    }

                    @Override
                    public Optional<String> token() {
                        return Optional.ofNullable(token);
                    }

                    @Override
                    public long brokerCheckIntervalMs() {
                        return 2000;
                    }
                };
            }

            @Override
            public Blob blob() {
                throw new UnsupportedOperationException();
            }
        };
        return guard;
    }
}
