package io.migsh.repl;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;
import org.jline.builtins.ScreenTerminal;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * An xterm for tests: keys typed into a JLine terminal, and what the terminal writes drawn on a VT100 screen
 * ({@link ScreenTerminal}), so a test asserts what a person would see, colours included.
 */
final class VirtualTerminal implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Keyboard keyboard = new Keyboard();
    private final ScreenTerminal screen;
    private final ScreenOutput output;
    private final ExternalTerminal terminal;
    private final int columns;
    private final int rows;

    VirtualTerminal(int columns, int rows) throws IOException {
        this.columns = columns;
        this.rows = rows;
        this.screen = new ScreenTerminal(columns, rows);
        this.output = new ScreenOutput(screen);
        this.terminal = new ExternalTerminal("virtual", "xterm-256color", keyboard, output, StandardCharsets.UTF_8);
        terminal.setSize(new Size(columns, rows));
    }

    Terminal terminal() {
        return terminal;
    }

    /** Types text as keys; control keys as their characters (Tab "\t", Enter "\r", Ctrl+C "\u0003"). */
    void type(String keys) {
        for (byte b : keys.getBytes(StandardCharsets.UTF_8)) keyboard.keys.add(b & 0xff);
    }

    /** The screen as text, one line per row, trailing blanks removed. */
    String screen() {
        return String.join("\n", lines()).stripTrailing();
    }

    List<String> lines() {
        return linesOf(cells());
    }

    /** The screen and the cursor's row, read at one instant. */
    record View(String screen, List<String> lines, int cursorRow) {
        /** The row of the last line that contains the text, or -1. */
        int rowOf(String text) {
            for (int i = lines.size() - 1; i >= 0; i--) if (lines.get(i).contains(text)) return i;
            return -1;
        }
    }

    View view() {
        long[] cells = new long[rows * columns];
        int[] cursor = new int[2];
        screen.dump(cells, 0, 0, rows, columns, cursor);
        List<String> lines = linesOf(cells);
        return new View(String.join("\n", lines).stripTrailing(), lines, cursor[1]);
    }

    private List<String> linesOf(long[] cells) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                int ch = (int) cells[r * columns + c];
                if (ch != 0) line.appendCodePoint(ch);
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    private long[] cells() {
        long[] cells = new long[rows * columns];
        screen.dump(cells, 0, 0, rows, columns, new int[2]);
        return cells;
    }

    /** Everything the terminal was sent, escape sequences included. */
    String raw() {
        return output.raw();
    }

    /** Waits until the screen satisfies the condition; fails with the screen after a generous time. */
    String await(String what, Predicate<String> condition) {
        return awaitView(what, v -> condition.test(v.screen())).screen();
    }

    View awaitView(String what, Predicate<View> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            View v = view();
            if (condition.test(v)) return v;
            if (System.nanoTime() > deadline) fail("Screen never showed " + what + ":\n" + v.screen());
            pause(10);
        }
    }

    String awaitText(String text) {
        return await("'" + text + "'", s -> s.contains(text));
    }

    /** The row of the last line that contains the text, or -1. */
    int rowOf(String text) {
        return view().rowOf(text);
    }

    /** The display attributes (colours, underline) of one cell, as the emulator keeps them. */
    long style(int row, int column) {
        return cells()[row * columns + column] >>> 32;
    }

    /** The attributes a text written with these escape codes gets on this kind of screen. */
    static long styleOf(String ansi) {
        ScreenTerminal probe = new ScreenTerminal(10, 1);
        probe.write(ansi + "x\u001b[0m");
        long[] cells = new long[10];
        probe.dump(cells, 0, 0, 1, 10, new int[2]);
        return cells[0] >>> 32;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        keyboard.keys.add(-1);
        terminal.close();
    }

    /** Keys waiting to be read; -1 ends the input. */
    private static final class Keyboard extends InputStream {
        final BlockingQueue<Integer> keys = new LinkedBlockingQueue<>();
        private boolean ended;

        @Override
        public int read() throws IOException {
            if (ended) return -1;
            try {
                int k = keys.take();
                if (k < 0) ended = true;
                return k;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            int first = read();
            if (first < 0) return -1;
            b[off] = (byte) first;
            int n = 1;
            Integer next;
            while (n < len && (next = keys.peek()) != null && next >= 0) {
                b[off + n++] = (byte) (int) keys.poll();
            }
            return n;
        }

        @Override
        public int available() {
            return keys.size();
        }
    }

    /** Decodes UTF-8 as it arrives (a character may be split across writes) and draws it on the screen. */
    private static final class ScreenOutput extends OutputStream {
        private final ScreenTerminal screen;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        private final StringBuilder raw = new StringBuilder();
        private byte[] pending = new byte[0];

        ScreenOutput(ScreenTerminal screen) {
            this.screen = screen;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            byte[] all = Arrays.copyOf(pending, pending.length + len);
            System.arraycopy(b, off, all, pending.length, len);
            ByteBuffer in = ByteBuffer.wrap(all);
            CharBuffer out = CharBuffer.allocate(all.length + 1);
            decoder.decode(in, out, false);
            pending = Arrays.copyOfRange(all, in.position(), all.length);
            out.flip();
            raw.append(out);
            screen.write(out);
        }

        synchronized String raw() {
            return raw.toString();
        }
    }
}
