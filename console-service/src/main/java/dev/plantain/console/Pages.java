package dev.plantain.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The console's page templates ({@code templates/}), checked against their parameters at build time. */
@CheckedTemplate
final class Pages {

    private Pages() {}

    static native TemplateInstance jobs(
            Chrome chrome,
            List<JobRow> rows,
            String status,
            String label,
            List<String> statuses,
            int held,
            long dropped);

    static native TemplateInstance rows(List<JobRow> rows);

    static native TemplateInstance job(Chrome chrome, JobDetail job, List<String> stages, String replayed);

    static native TemplateInstance stages(Chrome chrome, java.util.List<StageStats.Row> stages);

    static native TemplateInstance error(Chrome chrome, String title, String message);
}
