package dev.plantain.cli.stack;

import dev.plantain.messages.Stage;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** A stack that {@code ./plantain up} started, as processes or as containers: what the stack commands do to it. */
public interface RunningStack {

    StackSettings settings();

    /** Whether any instance of this stage runs. */
    boolean running(Stage stage);

    /** Starts the instances of these stages ({@code settings.instances}) and waits until they are ready. */
    void startStages(List<Stage> stages, PrintStream log);

    /** Stops every instance of a stage, leaving the rest of the stack running. */
    void stopStage(Stage stage);

    /** Stops the services, then the broker, and forgets the stack. */
    void stop();

    /** The stack recorded in this state directory, whichever way it runs, if its broker still answers. */
    static Optional<RunningStack> find(StackSettings settings) {
        if (ContainerStack.recorded(settings)) {
            return ContainerStack.find(settings).map(RunningStack.class::cast);
        }
        return LocalStack.find(settings).map(RunningStack.class::cast);
    }
}
