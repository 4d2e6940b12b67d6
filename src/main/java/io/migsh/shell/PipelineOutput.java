package io.migsh.shell;

import io.migsh.format.FormatEnd;
import io.migsh.format.FormatStart;
import io.migsh.format.OutputFormatter;
import io.migsh.runtime.Host;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Out-Default at the end of every command line: formats what reaches it to the console as it arrives. Anything else
 * written to the console first flushes what is held (a table sizing its columns), so the screen shows things in the
 * order they happened. Objects formatted by default start afresh after such a write; the output of a Format-*
 * cmdlet, already shaped into a table or list, goes on where it was.
 */
final class PipelineOutput implements Consumer<Object> {
    private final Supplier<OutputFormatter> formatter;
    private final Host console;
    private OutputFormatter.Session open;
    /** True between the FormatStart and FormatEnd that a Format-* cmdlet wrote. */
    private boolean formatSequence;

    PipelineOutput(Supplier<OutputFormatter> formatter, Host console) {
        this.formatter = formatter;
        this.console = console;
    }

    @Override
    public synchronized void accept(Object value) {
        if (open == null) open = formatter.get().open(OutputFormatter.usableWidth(console.width()), line -> console.write(line + "\n"));
        if (value instanceof FormatStart) formatSequence = true;
        open.write(value);
        if (value instanceof FormatEnd) formatSequence = false;
    }

    /** Before something else is written to the console: prints what is held, as {@link #flush()} does, except
     * that a Format-* cmdlet's table stays open for its remaining rows. */
    public synchronized void interleave() {
        if (formatSequence && open != null) {
            open.release();
        } else {
            flush();
        }
    }

    /** Prints whatever is held and ends the open table or list. */
    public synchronized void flush() {
        OutputFormatter.Session s = open;
        open = null;
        formatSequence = false;
        if (s != null) s.close();
    }
}
