package dev.plantain.stage;

import dev.plantain.messages.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only faults, off unless {@code plantain.faults.*} turns them on: the fault tests use them to show that a
 * flaky model costs a retry, never a job.
 */
@ApplicationScoped
public class FaultInjection {

    @Inject
    StageConfig config;

    private final Map<String, Integer> failed = new ConcurrentHashMap<>();

    /** Throws for the first {@code plantain.faults.transient-failures} attempts at each job. */
    void transientFailure(Stage stage, String jobId) {
        int limit = config.faults().transientFailures();
        if (limit > 0 && failed.merge(jobId, 1, Integer::sum) <= limit) {
            throw new IllegalStateException("injected transient failure of the " + stage.label() + " model");
        }
    }
}
