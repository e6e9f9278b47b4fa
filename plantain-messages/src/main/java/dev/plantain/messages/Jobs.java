package dev.plantain.messages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Invariants shared by the records that carry a job between stages. */
final class Jobs {

    private Jobs() {}

    static void requireSameJob(String jobId, JobRequest request) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(request, "request");
        if (!jobId.equals(request.jobId())) {
            throw new IllegalArgumentException(
                    "record for job " + jobId + " carries the request of job " + request.jobId());
        }
    }

    /** An unmodifiable copy that keeps the stages in the order they ran. */
    static Map<String, Long> timings(Map<String, Long> timings) {
        return timings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
