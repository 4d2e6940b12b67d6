package io.migsh.csv;

import com.opencsv.AbstractCSVParser;
import com.opencsv.enums.CSVReaderNullFieldIndicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits records as PowerShell's Import-Csv does (CsvCommands.cs ImportCsvHelper.ParseNextRecord), fed one line
 * at a time by OpenCSV's CSVReader, which joins the pieces of a record that spans lines. PowerShell is lenient
 * where RFC 4180 is strict: blanks before a field are dropped; a quote inside an unquoted field is kept and the
 * field runs to the next delimiter; text after a closing quote is added to the field; a quoted field keeps its
 * line breaks as written (CR LF or LF). Lines come with a final CR when the file has one (see LineRecorder).
 */
final class PowerShellCsvParser extends AbstractCSVParser {
    /** The text so far of a quoted field still open at the end of the last line. */
    private StringBuilder open;

    PowerShellCsvParser(char delimiter) {
        super(delimiter, '"', CSVReaderNullFieldIndicator.NEITHER);
    }

    @Override
    protected String[] parseLine(String line, boolean multi) {
        if (!multi) open = null;
        if (line == null) return null;
        List<String> fields = new ArrayList<>();
        boolean quoted = open != null;
        StringBuilder current = quoted ? open : new StringBuilder();
        open = null;
        int n = line.length();
        boolean cr = n > 0 && line.charAt(n - 1) == '\r';
        int end = cr ? n - 1 : n;
        int i = 0;
        while (i < end) {
            char ch = line.charAt(i++);
            if (ch == separator) {
                if (quoted) {
                    current.append(ch);
                } else {
                    fields.add(current.toString());
                    current.setLength(0);
                }
            } else if (ch == '"') {
                if (quoted) {
                    if (i < end && line.charAt(i) == '"') {
                        i++;
                        current.append('"');
                    } else {
                        quoted = false;
                        i = endField(line, i, end, current, fields, true);
                    }
                } else if (current.length() == 0) {
                    quoted = true;
                } else {
                    current.append(ch);
                    i = endField(line, i, end, current, fields, false);
                }
            } else if (ch == ' ' || ch == '\t') {
                if (quoted) {
                    current.append(ch);
                } else if (current.length() > 0) {
                    current.append(ch);
                    i = endField(line, i, end, current, fields, true);
                }
            } else {
                current.append(ch);
            }
        }
        if (quoted) {
            current.append(cr ? "\r\n" : "\n");
            open = current;
        } else if (i <= end) { // else the last field ended the record (see readToDelimiter)
            fields.add(current.toString());
        }
        pending = open == null ? null : open.toString();
        return fields.toArray(String[]::new);
    }

    /** Reads the rest of a field (see readToDelimiter), adds it and starts the next; returns where to go on. */
    private int endField(String line, int i, int end, StringBuilder current, List<String> fields,
            boolean eatBlanks) {
        int next = readToDelimiter(line, i, end, current, eatBlanks);
        fields.add(current.toString());
        current.setLength(0);
        return next;
    }

    /**
     * ReadTillNextDelimiter: the rest of the field up to the delimiter or the end of the line, kept as it is,
     * except that blanks alone (after a closing quote, say) are dropped when told to. Returns the index after
     * the delimiter, or end + 1 when the line (and so the record) ended.
     */
    private int readToDelimiter(String line, int i, int end, StringBuilder current, boolean eatBlanks) {
        int start = i;
        boolean nonBlank = false;
        while (i < end && line.charAt(i) != separator) {
            char c = line.charAt(i++);
            if (c != ' ' && c != '\t') nonBlank = true;
        }
        if (nonBlank || !eatBlanks) current.append(line, start, i);
        return i < end ? i + 1 : end + 1;
    }

    @Override
    protected String convertToCsvValue(String value, boolean applyQuotesToAll) {
        // migsh writes CSV with CsvRowWriter; this parser only reads
        return quotecharAsString + value.replace(quotecharAsString, quoteDoubledAsString) + quotecharAsString;
    }

    @Override
    public void setErrorLocale(Locale errorLocale) {
        // messages are migsh's own (CsvObjectReader)
    }
}
