package io.migsh.shell;

import io.migsh.format.OutputFormatter;
import io.migsh.runtime.Host;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Out-Default at the end of every command line: formats what reaches it to the console as it arrives. Anything else
 * written to the console first flushes what is held (a table sizing its columns), so the screen shows things in the
 * order they happened.
 */
final class PipelineOutput implements Consumer<Object> {
    private final Supplier<OutputFormatter> formatter;
    private final Host console;
    private OutputFormatter.Session open;

    PipelineOutput(Supplier<OutputFormatter> formatter, Host console) {
        this.formatter = formatter;
        this.console = console;
    }

    @Override
    public synchronized void accept(Object value) {
        if (open == null) open = formatter.get().open(console.width(), line -> console.write(line + "\n"));
        open.write(value);
    }

    /** Prints whatever is held and ends the open table or list. */
    public synchronized void flush() {
        OutputFormatter.Session s = open;
        open = null;
        if (s != null) s.close();
    }
}
