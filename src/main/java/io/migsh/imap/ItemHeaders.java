package io.migsh.imap;

import io.migsh.imap.client.ImapCommandException;
import io.migsh.target.MessageFlags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.angus.mail.iap.ByteArray;

/**
 * The headers a skipped-item report shows (Subject, Date, From, To) and the Message-ID, read without fetching the
 * body; {@code raw} is the header lines themselves, which the journal keeps for later reports.
 */
record ItemHeaders(String raw, String messageId, String subject, OffsetDateTime dateSent, String sender,
                   String recipient, MessageFlags flags) {
    static final ItemHeaders NONE = new ItemHeaders(null, null, null, null, null, null, MessageFlags.NONE);
    private static final String[] KEPT = {"Subject", "From", "To", "Date", "Message-ID"};

    /** The headers of a message, or null when the message is no longer in the folder. */
    static ItemHeaders fetch(ImapSource source, long uid) throws IOException, ImapCommandException {
        FetchedMessage m = source.fetchHeaderOnly(uid, "MESSAGE-ID SUBJECT FROM TO DATE");
        return m == null ? null : parse(m.body(), m.flags());
    }

    /** Parses the header section of message bytes (the body after it is not read). */
    static ItemHeaders parse(ByteArray bytes, MessageFlags flags) {
        try {
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(bytes.getBytes(), bytes.getStart(),
                    bytes.getCount()));
            StringBuilder raw = new StringBuilder();
            for (String name : KEPT) {
                String v = h.getHeader(name, null);
                if (v != null) raw.append(name).append(": ").append(MimeUtility.unfold(v).trim()).append("\r\n");
            }
            return of(h, raw.toString(), flags);
        } catch (MessagingException e) {
            return new ItemHeaders(null, null, null, null, null, null, flags);
        }
    }

    /** Parses header lines kept by the journal; null gives NONE. */
    static ItemHeaders parse(String raw, MessageFlags flags) {
        if (raw == null) return NONE;
        try {
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            return of(h, raw, flags);
        } catch (MessagingException e) {
            return NONE;
        }
    }

    private static ItemHeaders of(InternetHeaders h, String raw, MessageFlags flags) {
        return new ItemHeaders(raw, trim(h.getHeader("Message-ID", null)), decode(h.getHeader("Subject", null)),
                date(h.getHeader("Date", null)), decode(h.getHeader("From", ", ")), decode(h.getHeader("To", ", ")),
                flags);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String decode(String s) {
        if (s == null) return null;
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(s)).trim();
        } catch (java.io.UnsupportedEncodingException e) {
            return s.trim();
        }
    }

    private static OffsetDateTime date(String s) {
        if (s == null) return null;
        try {
            return new MailDateFormat().parse(s.trim()).toInstant().atOffset(ZoneOffset.UTC);
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }
}
