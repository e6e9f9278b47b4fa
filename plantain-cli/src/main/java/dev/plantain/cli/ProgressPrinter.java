package dev.plantain.cli;

import dev.plantain.messages.JobEvent;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Prints a job's progress events as one line each: stage, round, phase, duration and outcome; a progress event
 * prints what it reports ("waiting for blob store, try 4, next in 8 s").
 */
final class ProgressPrinter {

    private ProgressPrinter() {}

    static Consumer<JobEvent> to(PrintStream out) {
        return event -> {
            if (event.phase() == JobEvent.Phase.STARTED) {
                out.printf("  %-9s round %d started%n", event.stage(), event.round());
            } else if (event.phase() == JobEvent.Phase.PROGRESS) {
                out.printf("  %-9s round %d %s%n", event.stage(), event.round(), event.detail());
            } else {
                out.printf(
                        "  %-9s round %d %s in %d ms%s%n",
                        event.stage(),
                        event.round(),
                        event.phase().label(),
                        event.durationMs(),
                        event.detail() == null ? "" : ": " + event.detail());
            }
        };
    }
}
