package io.migsh.target;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a message as Maildir files keep it: CRLF line ends become LF (Dovecot's default, mail_save_crlf = no), and
 * counts the file size and the virtual size, in which every bare LF counts as CRLF (Dovecot's W= field).
 */
final class LineFeedOutputStream extends FilterOutputStream {
    private boolean pendingCr;
    private int lastWritten = -1;
    private long size;
    private long virtualSize;

    LineFeedOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        b &= 0xff;
        if (pendingCr) {
            pendingCr = false;
            if (b == '\n') {
                emit('\n');
                return;
            }
            emit('\r');
        }
        if (b == '\r') {
            pendingCr = true;
        } else {
            emit(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        // Copy runs without CR in one go; CR needs a look at the next byte.
        int runStart = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (c == '\r' || pendingCr) {
                flushRun(b, runStart, i);
                write(c);
                runStart = i + 1;
            }
        }
        flushRun(b, runStart, end);
    }

    private void flushRun(byte[] b, int from, int to) throws IOException {
        if (to <= from) return;
        out.write(b, from, to - from);
        for (int i = from; i < to; i++) {
            count(b[i] & 0xff);
        }
    }

    private void emit(int b) throws IOException {
        out.write(b);
        count(b);
    }

    private void count(int b) {
        size++;
        virtualSize += (b == '\n' && lastWritten != '\r') ? 2 : 1;
        lastWritten = b;
    }

    /** Writes a CR still held back (a CR at the very end of the message) and flushes. */
    void finish() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            emit('\r');
        }
        flush();
    }

    long size() {
        return size;
    }

    long virtualSize() {
        return virtualSize;
    }
}
