package dev.plantain.console;

import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.RequestParser;
import dev.plantain.plan.ScenePlan;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The newest jobs in memory, newest last in insertion order, at most {@code plantain.console.max-jobs}: the oldest
 * is dropped when a new job arrives past the limit (it still opens by id, read from the topics). Every change is
 * announced on {@link #changes()} as {@code job <id>}, which the pages follow by server-sent events.
 */
@ApplicationScoped
public class JobStore {

    private final LinkedHashMap<String, JobView> jobs = new LinkedHashMap<>();
    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();
    private final int maxJobs;
    private long dropped;

    @Inject
    JobStore(ConsoleConfig config) {
        this(config.console().maxJobs());
    }

    JobStore(int maxJobs) {
        if (maxJobs < 1) {
            throw new IllegalArgumentException("plantain.console.max-jobs must be at least 1, was " + maxJobs);
        }
        this.maxJobs = maxJobs;
    }

    /** A record of {@code requests}: a new job, or (with an attempt) a replay of one from the planner. */
    public void request(String key, String value, long timestamp, String attempt) {
        RequestParser.Parsed parsed = RequestParser.parse(key, value, key == null ? "(no key)" : key);
        synchronized (this) {
            JobView view = view(parsed.jobId(), timestamp);
            if (attempt != null) {
                view.replaySent(attempt, "planner", timestamp);
            } else if (parsed.ok()) {
                view.request = parsed.request();
                view.submittedAt = timestamp;
            } else {
                view.unreadable = parsed.field() + " " + parsed.reason();
            }
        }
        announce("job " + parsed.jobId());
    }

    public void event(JobEvent event, long timestamp) {
        synchronized (this) {
            view(event.jobId(), timestamp).addEvent(event);
        }
        announce("job " + event.jobId());
    }

    public void result(JobResult result, long timestamp) {
        synchronized (this) {
            view(result.jobId(), timestamp).addResult(result, timestamp);
        }
        announce("job " + result.jobId());
    }

    /** Notes a replay the console sent, so it shows before its first record comes back. */
    public void replaySent(String jobId, String attempt, String stage, long timestamp) {
        synchronized (this) {
            JobView view = jobs.get(jobId);
            if (view != null) {
                view.replaySent(attempt, stage, timestamp);
            }
        }
        announce("job " + jobId);
    }

    /** Keeps the plan read for a job's page, so the topic is read once per job. */
    public synchronized void plan(String jobId, ScenePlan plan) {
        JobView view = jobs.get(jobId);
        if (view != null) {
            view.plan = plan;
        }
    }

    /** The newest jobs first, those of the given status only when it is not null. */
    public List<JobRow> rows(String status, int limit) {
        return rows(status, null, limit);
    }

    /**
     * The newest jobs first, filtered by status and by a request label ({@code key=value}, or {@code key} for any
     * value) when those are not null.
     */
    public synchronized List<JobRow> rows(String status, String label, int limit) {
        List<JobRow> rows = new ArrayList<>();
        List<JobView> all = new ArrayList<>(jobs.values());
        for (int i = all.size() - 1; i >= 0 && rows.size() < limit; i--) {
            JobView view = all.get(i);
            if ((status == null || view.status().equals(status)) && (label == null || view.hasLabel(label))) {
                rows.add(view.row());
            }
        }
        return rows;
    }

    public synchronized Optional<JobDetail> detail(String jobId) {
        return Optional.ofNullable(jobs.get(jobId)).map(JobView::detail);
    }

    public synchronized int size() {
        return jobs.size();
    }

    /** How many jobs were dropped from memory to stay within the limit. */
    public synchronized long dropped() {
        return dropped;
    }

    /** Changes as they happen: {@code job <id>}, and {@code broker up} or {@code broker down}. */
    public Multi<String> changes() {
        return changes;
    }

    /** Announces a change to every page that follows. */
    public void announce(String change) {
        synchronized (changes) {
            changes.onNext(change);
        }
    }

    private JobView view(String jobId, long timestamp) {
        JobView view = jobs.get(jobId);
        if (view == null) {
            view = new JobView(jobId, timestamp);
            jobs.put(jobId, view);
            if (jobs.size() > maxJobs) {
                Iterator<JobView> oldest = jobs.values().iterator();
                oldest.next();
                oldest.remove();
                dropped++;
            }
        }
        return view;
    }
}
