package io.migsh.imap.client;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** INTERNALDATE as IMAP writes it (RFC 3501 date-time: "dd-Mon-yyyy hh:mm:ss +zzzz", the day may be space-padded). */
public final class ImapDates {
    private static final DateTimeFormatter PARSE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy HH:mm:ss Z").toFormatter(Locale.US);
    private static final Pattern IN_FETCH = Pattern.compile("INTERNALDATE \"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

    private ImapDates() {
    }

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss Z", Locale.US);

    /** Formats a date-time for APPEND, e.g. "04-Mar-2019 10:00:00 +0100". */
    public static String format(OffsetDateTime t) {
        return FORMAT.format(t);
    }

    /** Parses a date-time, or returns null when it is not one. */
    public static OffsetDateTime parse(String text) {
        try {
            return OffsetDateTime.parse(text.trim(), PARSE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The INTERNALDATE of a FETCH response's text, keeping its zone, or null. */
    public static OffsetDateTime fromFetch(String responseText) {
        Matcher m = IN_FETCH.matcher(responseText);
        return m.find() ? parse(m.group(1)) : null;
    }
}
