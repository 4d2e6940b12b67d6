package io.migsh.format;

import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the objects at the end of a pipeline into the text PowerShell 7 prints for them (Out-Default /
 * Out-String), in en-US, at a fixed width.
 *
 * <p>Two ways to use it: {@link #format(List, int)} formats a finished list of objects and returns the text (table
 * columns sized from all the objects); {@link #open(int, Consumer)} streams: each call to
 * {@link Session#write(Object)} may emit complete lines to the sink at once, except that a table sized from its
 * data holds its rows until its group ends or {@value #STREAM_AUTOSIZE_ROWS} rows have arrived (PowerShell holds
 * them for 300 ms). Every emitted line is passed without its line end. Format objects written by Format-Table /
 * Format-List are printed as they are.
 */
public final class OutputFormatter {
    /** Rows a streaming session holds to size a table's columns. */
    public static final int STREAM_AUTOSIZE_ROWS = 500;

    private final ViewRegistry views;
    private int enumerationLimit = FieldText.DEFAULT_ENUMERATION_LIMIT;

    public OutputFormatter(ViewRegistry views) {
        this.views = views;
    }

    /** $FormatEnumerationLimit: how many items of a collection a cell shows before the ellipsis (-1: all). */
    public OutputFormatter withEnumerationLimit(int limit) {
        this.enumerationLimit = limit;
        return this;
    }

    /**
     * The width PowerShell formats to on a console {@code consoleWidth} columns wide: one less, so that a full line
     * never lands in the last column and wraps (ConsoleLineOutput, Out-String and Out-File all subtract one); 120
     * when there is no console width.
     */
    public static int usableWidth(int consoleWidth) {
        return consoleWidth > 1 ? consoleWidth - 1 : 120;
    }

    public ViewRegistry views() {
        return views;
    }

    /** The text for these objects: lines joined by "\n", each ending with "\n"; empty when nothing prints. */
    public String format(List<Object> objects, int width) {
        StringBuilder sb = new StringBuilder();
        Session s = new Session(width, line -> sb.append(line).append('\n'), Integer.MAX_VALUE);
        for (Object o : objects) s.write(o);
        s.close();
        return sb.toString();
    }

    /** Each object formatted to lines without line ends, as Out-String -Stream gives them. */
    public List<String> lines(List<Object> objects, int width) {
        List<String> out = new java.util.ArrayList<>();
        Session s = new Session(width, out::add, Integer.MAX_VALUE);
        for (Object o : objects) s.write(o);
        s.close();
        return out;
    }

    /** A streaming session writing lines (without line ends) to {@code sink}. */
    public Session open(int width, Consumer<String> sink) {
        return new Session(width, sink, STREAM_AUTOSIZE_ROWS);
    }

    /** Objects in, lines out; {@link #close()} ends the open table or list. */
    public final class Session implements AutoCloseable {
        private final FormatRenderer renderer;
        private final FormatShaper shaper;

        private Session(int width, Consumer<String> sink, int autosizeRows) {
            // PowerShell falls back to 120 columns when the host reports no width.
            renderer = new FormatRenderer(width > 0 ? width : 120, sink, autosizeRows);
            shaper = new FormatShaper(views, FormatRequest.defaults(enumerationLimit), renderer::accept);
        }

        public void write(Object value) {
            shaper.accept(value);
        }

        /**
         * Prints what a table holds back to size its columns, without ending it: what comes next continues the same
         * table (no new header), as when an error is printed in the middle of Format-Table's output.
         */
        public void release() {
            renderer.releaseHeld();
        }

        @Override
        public void close() {
            shaper.finish();
            renderer.finish();
        }
    }

    /** Format objects for these objects with a forced shape and options: what Format-Table / Format-List emit. */
    public static void shape(ViewRegistry views, FormatRequest request, Iterable<?> objects, Consumer<FormatItem> out) {
        FormatShaper shaper = new FormatShaper(views, request, out);
        for (Object o : objects) shaper.accept(o);
        shaper.finish();
    }

    /** A shaper for a Format-* cmdlet that receives objects one at a time. */
    public static Shaper shaper(ViewRegistry views, FormatRequest request, Consumer<FormatItem> out) {
        return new Shaper(new FormatShaper(views, request, out));
    }

    /** Format objects from objects written one at a time (a Format-* cmdlet's process / end). */
    public static final class Shaper {
        private final FormatShaper inner;

        private Shaper(FormatShaper inner) {
            this.inner = inner;
        }

        public void write(Object value) {
            inner.accept(value);
        }

        public void finish() {
            inner.finish();
        }
    }
}
