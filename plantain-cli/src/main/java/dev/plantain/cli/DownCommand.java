package dev.plantain.cli;

import dev.plantain.cli.stack.RunningStack;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Stops the local stack. */
@Command(name = "down", description = "Stop the stack that ./plantain up started.")
final class DownCommand implements Callable<Integer> {

    @Mixin
    StackOptions stack;

    @Override
    public Integer call() {
        var found = RunningStack.find(stack.settings(Map.of()));
        if (found.isEmpty()) {
            System.err.println("no stack is up");
            return 0;
        }
        found.get().stop();
        System.err.println("stack stopped");
        return 0;
    }
}
