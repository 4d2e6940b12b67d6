package io.migsh.command;

import java.util.List;
import java.util.function.Consumer;

/** Runs stages as PowerShell does: every begin, then each input through the stages as it is written, then every end. */
public final class Pipeline {
    private Pipeline() {}

    /** Runs the stages; {@code input} null means the first stage is a command with no upstream. */
    public static void run(List<CommandProcessor> stages, Iterable<?> input, Consumer<Object> output) {
        int n = stages.size();
        try {
            for (int i = 0; i < n; i++) {
                CommandProcessor next = i + 1 < n ? stages.get(i + 1) : null;
                Consumer<Object> downstream = next == null ? output : next::process;
                stages.get(i).begin(downstream, i > 0 || input != null);
            }
            CommandProcessor first = stages.get(0);
            if (input == null) {
                first.processWithoutInput();
            } else {
                for (Object item : input) first.process(item);
            }
            for (CommandProcessor stage : stages) stage.end();
        } finally {
            // Files a stage opened are closed even when another stage failed.
            for (CommandProcessor stage : stages) stage.dispose();
        }
    }
}
