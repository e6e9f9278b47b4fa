package dev.plantain.stage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the stage's dependencies: {@code degraded} with each dependency that is away while the stage waits
 * for it (still ready: its jobs are delayed, not failed), down while a dependency is held down past its max-wait
 * (its jobs fail).
 */
@Readiness
@ApplicationScoped
class DependencyHealth implements HealthCheck {

    @Inject
    Dependencies dependencies;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("dependencies");
        boolean held = false;
        Instant now = Instant.now();
        for (Outage outage : dependencies.away()) {
            held |= outage.state() == Outage.State.DOWN;
            response.withData(
                    outage.dependency(),
                    (outage.state() == Outage.State.DOWN ? "down (held past its max-wait)" : "away, waiting") + " for "
                            + Durations.words(outage.away(now)));
        }
        response.withData("state", held ? "down" : dependencies.away().isEmpty() ? "ok" : "degraded");
        return response.status(!held).build();
    }
}
