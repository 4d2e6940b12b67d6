package io.migsh.imap;

import io.migsh.target.MessageFlags;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A message for seeding a test mailbox: raw RFC 5322 text with CRLF, its flags and INTERNALDATE. */
record TestMessage(String subject, byte[] raw, MessageFlags flags, OffsetDateTime internalDate) {
    private static final DateTimeFormatter RFC5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.US);

    static TestMessage of(String subject, String flags, String internalDate) {
        return of(subject, flags, internalDate, true, 1);
    }

    /** A message whose body has {@code bodyLines} lines of text. */
    static TestMessage of(String subject, String flags, String internalDate, boolean withMessageId, int bodyLines) {
        OffsetDateTime date = OffsetDateTime.parse(internalDate);
        StringBuilder sb = new StringBuilder();
        sb.append("From: Alice Example <alice@example.com>\r\n");
        sb.append("To: Bob <bob@example.com>\r\n");
        sb.append("Subject: ").append(subject).append("\r\n");
        sb.append("Date: ").append(RFC5322.format(date.minusMinutes(3))).append("\r\n");
        if (withMessageId) sb.append("Message-ID: <").append(subject.replaceAll("[^A-Za-z0-9]", "")).append(
                "@example.com>\r\n");
        sb.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n");
        for (int i = 0; i < bodyLines; i++) {
            sb.append("Line ").append(i).append(" of ").append(subject).append(" lorem ipsum dolor sit amet.\r\n");
        }
        return new TestMessage(subject, sb.toString().getBytes(StandardCharsets.US_ASCII), MessageFlags.parse(flags),
                date);
    }
}
