package dev.plantain.stage;

import dev.plantain.failure.DependencyFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The dependencies a stage has seen fail (the blob store, model servers), each with its {@link Outage}: their
 * limits from {@code plantain.outage.*}, their metrics, and the probes that close a breaker while no record comes.
 * A record whose work succeeds shows that every dependency of its stage answers, so it ends every outage.
 */
@ApplicationScoped
public class Dependencies {

    private static final Logger LOG = Logger.getLogger(Dependencies.class);

    @Inject
    StageConfig config;

    @Inject
    MeterRegistry registry;

    private final Map<String, Outage> outages = new ConcurrentHashMap<>();
    private final Map<String, Runnable> probes = new ConcurrentHashMap<>();
    private ScheduledExecutorService prober;

    @PostConstruct
    void start() {
        prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "plantain-dependency-probe");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.outage().probeInterval().toMillis();
        prober.scheduleWithFixedDelay(this::probeHeldDown, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }

    /** A check that throws while the dependency is away, run at intervals while its breaker is open. */
    public void probeWith(String dependency, Runnable probe) {
        probes.put(dependency, probe);
    }

    /** A record's {@code tries}-th try failed transiently on this dependency. */
    Outage.Verdict failed(DependencyFailure failure, int tries) {
        Outage outage = outage(failure.dependency());
        Outage.Verdict verdict = outage.failed(failure, tries, Instant.now());
        if (!verdict.givesUp()) {
            Counter.builder("plantain.dependency.retries")
                    .description("Tries a stage waited for and made again because a dependency was away")
                    .tag("dependency", failure.dependency())
                    .register(registry)
                    .increment();
        }
        return verdict;
    }

    /** A record's work succeeded: every dependency the stage uses answered. */
    void answered() {
        outages.values().forEach(this::answered);
    }

    /** Dependencies that are away, with their state, for readiness. */
    List<Outage> away() {
        return outages.values().stream()
                .filter(o -> o.state() != Outage.State.UP)
                .toList();
    }

    private void answered(Outage outage) {
        Outage.State before = outage.state();
        if (before != Outage.State.UP) {
            LOG.infof(
                    "%s answers again after %s away", outage.dependency(), Durations.words(outage.away(Instant.now())));
            outage.answered();
        }
    }

    private void probeHeldDown() {
        for (Outage outage : outages.values()) {
            Runnable probe = probes.get(outage.dependency());
            if (outage.state() == Outage.State.DOWN && probe != null) {
                try {
                    probe.run();
                    answered(outage);
                } catch (RuntimeException e) {
                    LOG.debugf("%s still away: %s", outage.dependency(), e.getMessage());
                }
            }
        }
    }

    private Outage outage(String dependency) {
        return outages.computeIfAbsent(dependency, name -> {
            Outage outage = new Outage(
                    name,
                    maxWait(name),
                    config.outage().initialBackoff(),
                    config.outage().maxBackoff());
            Gauge.builder("plantain.dependency.state", outage, o -> o.state().ordinal())
                    .description("A dependency's state: 0 answering, 1 away and waited for, 2 held down (breaker open)")
                    .tag("dependency", name)
                    .register(registry);
            Gauge.builder(
                            "plantain.dependency.outage.seconds",
                            outage,
                            o -> o.away(Instant.now()).toMillis() / 1000.0)
                    .description("How long a dependency's current outage has lasted; 0 while it answers")
                    .tag("dependency", name)
                    .register(registry);
            return outage;
        });
    }

    /** {@code plantain.outage.<dependency>.max-wait}, else {@code plantain.outage.max-wait}. */
    Duration maxWait(String dependency) {
        StageConfig.DependencyOutage own = config.outage().dependency().get(dependency);
        return own != null && own.maxWait().isPresent()
                ? own.maxWait().get()
                : config.outage().maxWait();
    }
}
