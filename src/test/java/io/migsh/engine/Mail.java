package io.migsh.engine;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A test message: raw RFC 5322 text with CRLF, the flags it carries at the source, and its INTERNALDATE. */
public record Mail(String subject, String flags, OffsetDateTime internalDate, byte[] raw) {
    private static final DateTimeFormatter RFC5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.US);

    public static Mail of(String subject, String flags, String internalDate) {
        return of(subject, flags, internalDate, 2);
    }

    /** A message whose body has {@code bodyLines} lines of about 60 bytes. */
    public static Mail of(String subject, String flags, String internalDate, int bodyLines) {
        OffsetDateTime date = OffsetDateTime.parse(internalDate);
        StringBuilder sb = new StringBuilder();
        sb.append("From: Alice Example <alice@old.example>\r\n");
        sb.append("To: Bob <bob@old.example>\r\n");
        sb.append("Subject: ").append(subject).append("\r\n");
        sb.append("Date: ").append(RFC5322.format(date.minusMinutes(2))).append("\r\n");
        sb.append("Message-ID: <").append(subject.replaceAll("[^A-Za-z0-9]", "")).append("@old.example>\r\n");
        sb.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n");
        for (int i = 0; i < bodyLines; i++) {
            sb.append("Line ").append(i).append(" of ").append(subject).append(", lorem ipsum dolor sit.\r\n");
        }
        return new Mail(subject, flags, date, sb.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
