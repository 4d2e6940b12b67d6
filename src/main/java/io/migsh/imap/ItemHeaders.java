package io.migsh.imap;

import io.migsh.imap.client.ImapCommandException;
import io.migsh.target.MessageFlags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.angus.mail.iap.ByteArray;

/** The headers a skipped-item report shows (Subject, Date, From, To), read without fetching the body. */
record ItemHeaders(String messageId, String subject, OffsetDateTime dateSent, String sender, String recipient,
                   MessageFlags flags) {
    static final ItemHeaders NONE = new ItemHeaders(null, null, null, null, null, MessageFlags.NONE);

    static ItemHeaders fetch(ImapSource source, long uid) throws IOException, ImapCommandException {
        FetchedMessage m = source.fetchHeaderOnly(uid, "MESSAGE-ID SUBJECT FROM TO DATE");
        return m == null ? NONE : parse(m.body(), m.flags());
    }

    static ItemHeaders parse(ByteArray bytes, MessageFlags flags) {
        try {
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(bytes.getBytes(), bytes.getStart(),
                    bytes.getCount()));
            return new ItemHeaders(trim(h.getHeader("Message-ID", null)), decode(h.getHeader("Subject", null)),
                    date(h.getHeader("Date", null)), decode(h.getHeader("From", ", ")),
                    decode(h.getHeader("To", ", ")), flags);
        } catch (MessagingException e) {
            return new ItemHeaders(null, null, null, null, null, flags);
        }
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
