package io.migsh.csv;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;
import io.migsh.runtime.PsObject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads CSV into objects as Import-Csv does: OpenCSV reads the records, split by PowerShell's rules
 * (PowerShellCsvParser: quoted fields may hold the delimiter, doubled quotes and line breaks); the first record
 * (or -Header) names the properties, an empty name becoming H1, H2, ...; each further record is a
 * [pscustomobject] of strings, a short record leaving the rest $null and values past the header dropped; empty
 * lines are skipped; a leading "#TYPE name" line gives the type names "name" and "CSV:name". Unlike PowerShell,
 * which takes the rest of the file into a quoted field that never closes, a missing closing quote is an error.
 */
public final class CsvObjectReader implements AutoCloseable {
    private final CSVReader csv;
    private final LineRecorder lines;
    private final char delimiter;
    private List<String> header;
    private String typeName;
    private String[] pending;
    private boolean started;

    /** @param header the column names (-Header), or null to read them from the first record */
    public CsvObjectReader(Reader in, char delimiter, List<String> header) {
        this.lines = new LineRecorder(in);
        this.delimiter = delimiter;
        this.csv = new CSVReaderBuilder(lines).withCSVParser(new PowerShellCsvParser(delimiter)).build();
        this.header = header == null ? null : checkedHeader(header.toArray(String[]::new));
    }

    public boolean hasNext() {
        if (pending != null) return true;
        if (!started) {
            started = true;
            readHeader();
            if (pending != null) return true;
        }
        pending = nextRecord();
        return pending != null;
    }

    public PsObject next() {
        if (!hasNext()) throw new NoSuchElementException();
        String[] values = pending;
        pending = null;
        PsObject o = PsObject.custom();
        if (typeName != null) {
            // ImportCsvHelper.BuildMshobject: the type itself, then "CSV:" and the type, so its views apply
            o.typeNames().clear();
            o.typeNames().add(typeName);
            o.typeNames().add("CSV:" + typeName);
        }
        for (int i = 0; i < header.size(); i++) o.add(header.get(i), i < values.length ? values[i] : null);
        return o;
    }

    /** The column names, once known. */
    public List<String> header() {
        if (!started) hasNext();
        return header;
    }

    private void readHeader() {
        String[] first = nextRecord();
        // ReadTypeInformation: the whole first line, which may hold the delimiter (generic type names do)
        String line = lines.recordText();
        if (first != null && line.regionMatches(true, 0, "#Type", 0, 5)) {
            String t = line.substring(5).trim();
            typeName = t.isEmpty() ? null : t;
            first = nextRecord();
        }
        if (header != null) {
            pending = first;
            return;
        }
        header = first == null ? List.of() : checkedHeader(first);
    }

    /**
     * PowerShell names an empty column "H" and its 1-based position, and refuses a name that appears twice
     * (case-insensitively), since an object cannot have the same property twice.
     */
    private List<String> checkedHeader(String[] names) {
        List<String> out = new ArrayList<>(names.length);
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        int unnamed = 0;
        for (int i = 0; i < names.length; i++) {
            String n = names[i].isEmpty() ? "H" + (++unnamed) : names[i];
            if (!seen.add(n)) {
                throw new CsvFormatException("The member \"" + n + "\" is already present.", lines.recordLine(),
                        fieldColumn(lines.recordText(), i));
            }
            out.add(n);
        }
        return out;
    }

    private String[] nextRecord() {
        try {
            while (true) {
                lines.startRecord();
                String[] r = csv.readNext();
                if (r == null) return null;
                if (r.length == 1 && r[0].isEmpty()) continue; // PowerShell skips blank lines
                return r;
            }
        } catch (CsvMalformedLineException e) {
            // OpenCSV gives the text after the opening quote; the quote is where that text starts on its line
            String first = lines.recordText().split("\n", -1)[0];
            String after = e.getContext() == null ? "" : e.getContext().split("\r?\n|\r", -1)[0];
            int column = Math.max(1, first.length() - after.length());
            throw new CsvFormatException("A quoted field has no closing quote.", lines.recordLine(), column);
        } catch (CsvValidationException e) {
            throw new CsvFormatException(e.getMessage(), e.getLineNumber(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based column where field {@code index} starts in a record's text (quotes may hold delimiters). */
    private int fieldColumn(String record, int index) {
        int field = 0;
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            if (field == index) return i + 1;
            char c = record.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) field++;
        }
        return record.length() + 1;
    }

    /** The list separator of a culture for -UseCulture: a semicolon where the decimal separator is a comma. */
    public static char cultureDelimiter(Locale locale) {
        char decimal = java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return decimal == ',' ? ';' : ',';
    }
}
