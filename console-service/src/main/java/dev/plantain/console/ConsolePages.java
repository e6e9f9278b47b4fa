package dev.plantain.console;

import dev.plantain.messages.JobRequest;
import dev.plantain.messages.Json;
import dev.plantain.messages.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/** The pages that only read: the job list, its rows (fetched again on each change), a job, its result JSON. */
@ApplicationScoped
public class ConsolePages {

    static final List<String> STATUSES = List.of("queued", "running", "succeeded", "failed");
    /** Rows a list page shows at most. */
    private static final int PAGE_ROWS = 200;

    @Inject
    JobStore store;

    @Inject
    JobLookup lookup;

    @Inject
    BrokerWatch broker;

    @Inject
    AccessGuard guard;

    @Inject
    StageStats stageStats;

    Chrome chrome() {
        return new Chrome(broker.reachable(), broker.bootstrap(), guard.csrfToken(), guard.tokenRequired());
    }

    public String jobs(String status, String label) {
        String filter = status(status);
        String labelFilter = label(label);
        return Pages.jobs(
                        chrome(),
                        store.rows(filter, labelFilter, PAGE_ROWS),
                        filter,
                        labelFilter,
                        STATUSES,
                        store.size(),
                        store.dropped())
                .render();
    }

    public String rows(String status, String label) {
        return Pages.rows(store.rows(status(status), label(label), PAGE_ROWS)).render();
    }

    public String job(String id, String replayed) {
        JobDetail job = lookup.find(validJobId(id));
        List<String> stages = Arrays.stream(Stage.values()).map(Stage::label).toList();
        return Pages.job(chrome(), job, stages, replayed).render();
    }

    /** The job's result record, as the {@code results} topic holds it. */
    public String resultJson(String id) {
        JobDetail job = lookup.find(validJobId(id));
        if (job.result() == null) {
            throw new ConsoleException(
                    404,
                    "No result yet",
                    "Job " + id + " has no result yet: it is " + job.row().status() + ".");
        }
        return Json.writePretty(job.result());
    }

    public String stages() {
        return Pages.stages(chrome(), stageStats.rows()).render();
    }

    public String error(String title, String message) {
        return Pages.error(chrome(), title, message).render();
    }

    static String validJobId(String id) {
        if (id == null || !JobRequest.JOB_ID.matcher(id).matches()) {
            throw new ConsoleException(
                    400, "Not a job id", "A job id is 1-128 characters of letters, digits, '.', '_', ':' or '-'.");
        }
        return id;
    }

    private static String label(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        if (label.length() > 200) {
            throw new ConsoleException(
                    400, "Label too long", "Filter by a label of at most 200 characters: key=value.");
        }
        return label.trim();
    }

    private static String status(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        if (!STATUSES.contains(status)) {
            throw new ConsoleException(400, "Unknown status", "Filter by one of " + STATUSES + ".");
        }
        return status;
    }
}
