package dev.plantain.stage;

import dev.plantain.failure.DependencyFailure;
import dev.plantain.messages.Stage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Per-engine metrics of a stage's engine calls (at {@code /q/metrics}), so a team sees what a model server costs it:
 * {@code plantain_engine_call_seconds} (latency, by outcome), {@code plantain_engine_errors_total} (by kind:
 * transient, permanent, or other for an unclassified error) and {@code plantain_engine_images_total} (images drawn,
 * edited or judged), each tagged with the stage and the engine's configured name.
 */
@ApplicationScoped
public class EngineMetrics {

    @Inject
    MeterRegistry registry;

    /** For a test: metrics into the given registry. */
    public static EngineMetrics of(MeterRegistry registry) {
        EngineMetrics metrics = new EngineMetrics();
        metrics.registry = registry;
        return metrics;
    }

    /** Runs one engine call, timing it and counting its image, or its error by kind, which it then rethrows. */
    public <T> T call(Stage stage, String engine, Supplier<T> call) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            T result = call.get();
            outcome = "ok";
            Counter.builder("plantain.engine.images")
                    .description("Images an engine drew, edited or judged")
                    .tag("stage", stage.label())
                    .tag("engine", engine)
                    .register(registry)
                    .increment();
            return result;
        } catch (DependencyFailure e) {
            error(stage, engine, e.isTransient() ? "transient" : "permanent");
            throw e;
        } catch (RuntimeException e) {
            error(stage, engine, "other");
            throw e;
        } finally {
            Timer.builder("plantain.engine.call")
                    .description("Time of one engine call, by outcome")
                    .tag("stage", stage.label())
                    .tag("engine", engine)
                    .tag("outcome", outcome)
                    .register(registry)
                    .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private void error(Stage stage, String engine, String kind) {
        Counter.builder("plantain.engine.errors")
                .description("Engine calls that failed, by kind: transient, permanent, other")
                .tag("stage", stage.label())
                .tag("engine", engine)
                .tag("kind", kind)
                .register(registry)
                .increment();
    }
}
