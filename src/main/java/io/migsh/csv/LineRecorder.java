package io.migsh.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The lines OpenCSV reads (it reads a record line by line through a BufferedReader), remembered from the start of
 * the current record, so that an error can say on which line and in which column a bad record starts.
 */
final class LineRecorder extends BufferedReader {
    private final StringBuilder record = new StringBuilder();
    private long linesRead;
    private long recordLine;

    LineRecorder(Reader in) {
        super(in, 1 << 16);
    }

    /** A new record begins with the next line read. */
    void startRecord() {
        record.setLength(0);
        recordLine = linesRead + 1;
    }

    /**
     * The next line without its LF but with the CR of a CR LF or lone CR ending, so that a quoted field spanning
     * lines keeps the line break the file has (PowerShell keeps it) and a record's end stays recognisable.
     */
    @Override
    public String readLine() throws IOException {
        StringBuilder sb = new StringBuilder(128);
        int c;
        boolean any = false;
        while ((c = read()) >= 0) {
            any = true;
            if (c == '\n') break;
            sb.append((char) c);
            if (c == '\r') {
                mark(1);
                if (read() != '\n') reset();
                break;
            }
        }
        String line = any ? sb.toString() : null;
        if (line != null) {
            linesRead++;
            if (record.length() > 0) record.append('\n');
            record.append(line, 0, line.endsWith("\r") ? line.length() - 1 : line.length());
        }
        return line;
    }

    /** The 1-based line where the current record starts (blank lines before it skipped). */
    long recordLine() {
        return recordLine;
    }

    /** The text of the current record so far, its lines joined by LF (without their CRs). */
    String recordText() {
        return record.toString();
    }
}
