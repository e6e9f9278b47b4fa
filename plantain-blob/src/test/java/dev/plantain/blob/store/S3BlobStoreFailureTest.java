package dev.plantain.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.plantain.blob.store.S3BlobStore;
import dev.plantain.failure.DependencyFailure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the S3 store classifies what goes wrong: a loopback server answers as S3 does when throttling (503 SlowDown
 * with Retry-After) or refusing (403 AccessDenied), and a port where nothing listens stands for a store that is away.
 */
class S3BlobStoreFailureTest {

    private static final BlobRef REF = BlobRef.of(new byte[] {1});

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void slowDownIsTransientWithItsRetryAfter() throws IOException {
        S3BlobStore store = answering(503, "SlowDown", "Please reduce your request rate.");
        assertThatThrownBy(() -> store.get(REF)).isInstanceOfSatisfying(DependencyFailure.class, e -> {
            assertThat(e.isTransient()).isTrue();
            assertThat(e.dependency()).isEqualTo("blob-store");
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
            assertThat(e.getMessage()).contains("503").contains("SlowDown");
        });
    }

    @Test
    void accessDeniedIsPermanent() throws IOException {
        S3BlobStore store = answering(403, "AccessDenied", "Access Denied");
        assertThatThrownBy(() -> store.put(new byte[] {2})).isInstanceOfSatisfying(DependencyFailure.class, e -> {
            assertThat(e.isTransient()).isFalse();
            assertThat(e.getMessage()).contains("403");
        });
    }

    @Test
    void aStoreNobodyAnswersIsTransient() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        S3BlobStore store = new S3BlobStore(new S3BlobStore.Settings(
                "http://127.0.0.1:" + port, "us-east-1", "plantain", "blobs/", "access", "secret"));
        assertThatThrownBy(() -> store.get(REF))
                .isInstanceOfSatisfying(
                        DependencyFailure.class,
                        e -> assertThat(e.isTransient()).isTrue());
        assertThatThrownBy(store::probe).isInstanceOf(DependencyFailure.class);
    }

    private S3BlobStore answering(int status, String code, String message) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
                        + "</Message><RequestId>1</RequestId></Error>")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.getResponseHeaders().add("Retry-After", "2");
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        return new S3BlobStore(new S3BlobStore.Settings(
                "http://127.0.0.1:" + server.getAddress().getPort(),
                "us-east-1",
                "plantain",
                "blobs/",
                "access",
                "secret"));
    }
}
