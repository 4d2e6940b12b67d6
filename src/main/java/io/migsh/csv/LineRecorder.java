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

    @Override
    public String readLine() throws IOException {
        String line = super.readLine();
        if (line != null) {
            linesRead++;
            if (record.length() > 0) record.append('\n');
            record.append(line);
        }
        return line;
    }

    /** The 1-based line where the current record starts (blank lines before it skipped). */
    long recordLine() {
        return recordLine;
    }

    /** The text of the current record so far, its lines joined by LF. */
    String recordText() {
        return record.toString();
    }
}
