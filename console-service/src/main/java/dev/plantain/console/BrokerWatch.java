package dev.plantain.console;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Asks the broker every few seconds whether it is there, so the pages can say when it is not, and announces each
 * change ({@code broker up}, {@code broker down}) to the pages that follow.
 */
@ApplicationScoped
public class BrokerWatch {

    private static final Logger LOG = Logger.getLogger(BrokerWatch.class);

    @Inject
    JobStore store;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ConsoleConfig config;

    private volatile boolean reachable;
    private volatile boolean checked;
    private Admin admin;
    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event) {
        admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000));
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "console-broker-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, 0, config.console().brokerCheckIntervalMs(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }

    /** Whether the broker answered the last check. */
    public boolean reachable() {
        return reachable;
    }

    /** Whether a check has been made at all (false for the first moments after start). */
    public boolean checked() {
        return checked;
    }

    public String bootstrap() {
        return bootstrap;
    }

    private void check() {
        boolean now;
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                    .nodes()
                    .get(4, TimeUnit.SECONDS);
            now = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            now = false;
        }
        if (now != reachable || !checked) {
            LOG.infof("the broker at %s is %s", bootstrap, now ? "reachable" : "unreachable");
            reachable = now;
            checked = true;
            store.announce(now ? "broker up" : "broker down");
        }
    }
}
