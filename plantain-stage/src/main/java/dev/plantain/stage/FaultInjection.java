package dev.plantain.stage;

import dev.plantain.messages.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only faults, off unless {@code plantain.faults.*} turns them on: the fault tests use them to show that a
 * flaky model costs a retry, never a job, and that a model server away for a while delays jobs without failing them.
 */
@ApplicationScoped
public class FaultInjection {

    @Inject
    StageConfig config;

    private final Map<String, Integer> failed = new ConcurrentHashMap<>();

    private volatile List<LoopbackModel> models;

    /** Calls each configured loopback model server about the job, in the order of their names. */
    void callModels(Stage stage, String jobId) {
        if (models == null) {
            models = new TreeMap<>(config.faults().modelServers())
                    .entrySet().stream()
                            .map(e -> new LoopbackModel(e.getKey(), e.getValue()))
                            .toList();
        }
        for (LoopbackModel model : models) {
            model.call(stage.label(), jobId);
        }
    }

    /** Throws for the first {@code plantain.faults.transient-failures} attempts at each job. */
    void transientFailure(Stage stage, String jobId) {
        int limit = config.faults().transientFailures();
        if (limit > 0 && failed.merge(jobId, 1, Integer::sum) <= limit) {
            throw new IllegalStateException("injected transient failure of the " + stage.label() + " model");
        }
    }
}
