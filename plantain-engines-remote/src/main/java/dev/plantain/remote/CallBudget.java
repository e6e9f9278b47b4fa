package dev.plantain.remote;

import dev.plantain.plan.ScenePlan;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An engine's spend cap: at most {@code max-calls-per-job} model calls for one job, across rounds. Stages keep no
 * state per job, so the count is the larger of what this instance has spent on the job (retries included) and what
 * the caller knows earlier rounds spent (the refiner's round number). A job is known by its plan's prompt and seed.
 * Thread-safe.
 */
public final class CallBudget {

    private static final int REMEMBERED_JOBS = 4096;

    private final int maxCallsPerJob;
    private final Map<String, Integer> spent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > REMEMBERED_JOBS;
        }
    };

    public CallBudget(int maxCallsPerJob) {
        if (maxCallsPerJob < 1) {
            throw new IllegalArgumentException("max-calls-per-job must be at least 1, was " + maxCallsPerJob);
        }
        this.maxCallsPerJob = maxCallsPerJob;
    }

    public int max() {
        return maxCallsPerJob;
    }

    /**
     * Takes one call from the job's budget.
     *
     * @param earlierCalls calls the caller knows were made for the job before (by any instance)
     * @return false, taking nothing, when the cap is reached
     */
    public synchronized boolean take(ScenePlan plan, int earlierCalls) {
        String job = key(plan);
        int used = Math.max(spent.getOrDefault(job, 0), earlierCalls);
        if (used >= maxCallsPerJob) {
            return false;
        }
        spent.put(job, used + 1);
        return true;
    }

    private static String key(ScenePlan plan) {
        return plan.seed() + "|" + plan.prompt();
    }
}
