package dev.plantain.console;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may act: the console listens on the loopback unless a token is set; with a token, submit and replay need it.
 * Every form carries this process's CSRF token (random per start), which another site's page cannot read, so it
 * cannot post a form here on a user's behalf.
 */
@ApplicationScoped
public class AccessGuard {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    @Inject
    ConsoleConfig config;

    @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost")
    String host;

    private final String csrf;

    AccessGuard() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        csrf = HexFormat.of().formatHex(bytes);
    }

    /** Refuses to start on a non-loopback address without a token. */
    void check(@Observes StartupEvent event) {
        if (!LOOPBACK.contains(host)
                && !host.startsWith("127.")
                && config.console().token().isEmpty()) {
            throw new IllegalStateException("the console would listen on " + host + " without a token: set "
                    + "plantain.console.token (PLANTAIN_CONSOLE_TOKEN) to listen on any address but localhost");
        }
    }

    /** Whether the forms must carry the access token. */
    public boolean tokenRequired() {
        return config.console().token().isPresent();
    }

    public String csrfToken() {
        return csrf;
    }

    /** Throws a 403 page unless the form carries this start's CSRF token and, when one is set, the access token. */
    public void requireAllowed(String csrfField, String tokenField) {
        if (csrfField == null || !same(csrfField, csrf)) {
            throw new ConsoleException(
                    403,
                    "Form expired",
                    "This form was not made by this console since it last started (or it came from another site). "
                            + "Open the page again and resubmit.");
        }
        if (config.console().token().isPresent()
                && (tokenField == null
                        || !same(tokenField, config.console().token().get()))) {
            throw new ConsoleException(
                    403,
                    "Access token needed",
                    "Submit and replay need the console's access token (plantain.console.token). "
                            + "Enter it in the form's token field.");
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
