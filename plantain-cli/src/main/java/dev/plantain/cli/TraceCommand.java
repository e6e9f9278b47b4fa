package dev.plantain.cli;

import dev.plantain.kafka.jobs.JobTimeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a job's whole timeline across every topic, in time order. */
@Command(
        name = "trace",
        description =
                "Print a job's timeline across all topics: stage, round, partition and offset, times, verdicts, blobs.")
final class TraceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The job id.")
    String jobId;

    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() {
        List<JobTimeline.Entry> entries;
        try (JobTimeline timeline = new JobTimeline(cluster.bootstrap(), cluster.topicPrefix())) {
            entries = timeline.read(jobId);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (entries.isEmpty()) {
            out.println("no record of job " + jobId + " on any topic with prefix '" + cluster.topicPrefix() + "'");
            return 1;
        }
        long start = entries.get(0).timestamp();
        for (JobTimeline.Entry e : entries) {
            out.printf(
                    "%+8d ms  %-12s p%d@%-6d %s%n",
                    e.timestamp() - start, e.topic(), e.partition(), e.offset(), e.summary());
        }
        List<String> traces = entries.stream()
                .map(JobTimeline.Entry::traceId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        out.println("trace id: " + (traces.isEmpty() ? "(none: tracing is off)" : String.join(", ", traces)));
        return 0;
    }
}
