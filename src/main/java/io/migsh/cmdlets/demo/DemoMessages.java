package io.migsh.cmdlets.demo;

import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * Writes the demo's messages: plain mail in English, French, German and Japanese with realistic headers, and one
 * large message with an attachment. The text, the dates, the Message-IDs and the attachment's bytes all come from a
 * random generator seeded by the mailbox and folder, so each run of the demo produces the same bytes.
 */
final class DemoMessages {
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private static final List<String> WORK = List.of(
            "Q3 budget review", "Offsite agenda", "Contract renewal for the Lisbon office", "Team lunch on Friday",
            "Updated org chart", "Travel approval needed", "Minutes of the steering committee", "New hire onboarding",
            "Server maintenance window", "Quarterly numbers", "Customer feedback summary", "Parking permits",
            "Réunion d'équipe – ordre du jour", "Überweisung bestätigt", "Angebot für die Wartung",
            "見積書の送付について", "Coffee machine is fixed ☕", "Holiday schedule", "Security awareness training",
            "Invoice 2024-117 overdue");
    private static final List<String> PEOPLE = List.of(
            "Tom Becker <tom.becker@" + DemoMailboxes.OLD_DOMAIN + ">",
            "Priya Nair <priya.nair@" + DemoMailboxes.OLD_DOMAIN + ">",
            "Léa Moreau <lea.moreau@partner.example>",
            "Jürgen Weiß <j.weiss@lieferant.example>",
            "佐藤 花子 <hanako.sato@kaisha.example>",
            "IT Service Desk <servicedesk@" + DemoMailboxes.OLD_DOMAIN + ">");
    private static final List<String> JUNK = List.of(
            "You have won a prize!!!", "Cheap watches, 90% off", "Your parcel is waiting (action required)");
    private static final List<String> SENTENCES = List.of(
            "Please find the details below.", "Let me know if anything is missing.",
            "I have attached the latest figures for your review.", "Can we move this to next week?",
            "Thanks for the quick turnaround.", "The numbers look good compared with last quarter.",
            "Merci pour votre retour rapide.", "Vielen Dank und schöne Grüße aus München.",
            "よろしくお願いいたします。", "We still need sign-off from finance before Friday.");

    /** A message ready to store: its MIME content, its flags and its INTERNALDATE. */
    record Seeded(MimeMessage message, Flags flags, java.util.Date internalDate) {}

    private DemoMessages() {}

    /** The messages of one folder, oldest first, spread over the folder's years. */
    static List<Seeded> folder(DemoMailboxes.User user, DemoMailboxes.Folder folder) throws MessagingException {
        SplittableRandom random = new SplittableRandom((user.login() + "/" + folder.path()).hashCode());
        ZonedDateTime from = LocalDateTime.of(folder.fromYear(), 1, 3, 8, 0).atZone(ZoneOffset.UTC);
        ZonedDateTime to = LocalDateTime.of(folder.toYear(), 12, 20, 18, 0).atZone(ZoneOffset.UTC);
        long span = to.toEpochSecond() - from.toEpochSecond();
        List<Seeded> out = new java.util.ArrayList<>();
        for (int i = 0; i < folder.messages(); i++) {
            long at = from.toEpochSecond() + span * i / Math.max(1, folder.messages()) + random.nextLong(86_400);
            ZonedDateTime date = ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(at), ZoneOffset.UTC);
            out.add(message(user, folder, i, date, random));
        }
        return out;
    }

    private static Seeded message(DemoMailboxes.User user, DemoMailboxes.Folder folder, int n, ZonedDateTime date,
            SplittableRandom random) throws MessagingException {
        String me = user.displayName() + " <" + user.address() + ">";
        String other = PEOPLE.get(random.nextInt(PEOPLE.size()));
        boolean outgoing = folder.kind() == DemoMailboxes.Folder.Kind.SENT
                || folder.kind() == DemoMailboxes.Folder.Kind.DRAFTS;
        String subject = folder.kind() == DemoMailboxes.Folder.Kind.JUNK
                ? JUNK.get(n % JUNK.size()) : WORK.get(random.nextInt(WORK.size()));
        if (random.nextInt(4) == 0 && folder.kind() != DemoMailboxes.Folder.Kind.JUNK) subject = "Re: " + subject;
        StringBuilder body = new StringBuilder("Hello,\r\n\r\n");
        for (int s = 0, k = 2 + random.nextInt(6); s < k; s++) {
            body.append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append(' ');
        }
        body.append("\r\n\r\n").append(outgoing ? user.displayName() : other.substring(0, other.indexOf(" <")))
                .append("\r\n");
        MimeMessage m = new FixedIdMessage(messageId(user, folder, n));
        m.setFrom(address(outgoing ? me : other));
        m.setRecipient(jakarta.mail.Message.RecipientType.TO, address(outgoing ? other : me));
        m.setSubject(subject, "UTF-8");
        m.setHeader("Date", RFC_5322.format(date));
        m.setText(body.toString(), "UTF-8");
        m.saveChanges();
        return new Seeded(m, flags(folder.kind(), random), java.util.Date.from(date.toInstant()));
    }

    /**
     * The large message: a short note with a zip file of photos attached, well over 35 MB once encoded. It is
     * written as raw RFC 5322 text (Base64 by the JDK's encoder) and parsed once, which is many times quicker than
     * letting Jakarta Mail encode 28 MB part by part.
     */
    static Seeded large(DemoMailboxes.User user) throws MessagingException {
        ZonedDateTime date = DemoMailboxes.largeMessageDate().atTime(16, 42).atZone(ZoneOffset.UTC);
        String boundary = "----=_Part_site_survey";
        String head = "From: Tom Becker <tom.becker@" + DemoMailboxes.OLD_DOMAIN + ">\r\n"
                + "To: " + user.displayName() + " <" + user.address() + ">\r\n"
                + "Subject: " + DemoMailboxes.LARGE_SUBJECT + "\r\n"
                + "Date: " + RFC_5322.format(date) + "\r\n"
                + "Message-ID: " + messageId(user, new DemoMailboxes.Folder("INBOX", 0, 2024, 2024,
                        DemoMailboxes.Folder.Kind.INBOX), 9999) + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Hi " + user.displayName().split(" ")[0] + ",\r\n\r\nhere are all the photos from the site survey, "
                + "uncompressed, as the architects asked.\r\n\r\nTom\r\n\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: application/zip; name=site-survey-2024-09.zip\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=site-survey-2024-09.zip\r\n\r\n";
        byte[] body = base64Attachment(DemoMailboxes.LARGE_ATTACHMENT_BYTES);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] raw = new byte[headBytes.length + body.length + tail.length];
        System.arraycopy(headBytes, 0, raw, 0, headBytes.length);
        System.arraycopy(body, 0, raw, headBytes.length, body.length);
        System.arraycopy(tail, 0, raw, headBytes.length + body.length, tail.length);
        MimeMessage m = new MimeMessage(SESSION, new SharedByteArrayInputStream(raw));
        Flags f = new Flags(Flags.Flag.SEEN);
        f.add(Flags.Flag.FLAGGED);
        return new Seeded(m, f, java.util.Date.from(date.toInstant()));
    }

    /**
     * The attachment as Base64 lines: one block of random bytes encoded once and repeated. A block of whole 76-column
     * lines (57 bytes each) is valid Base64 on its own, so the repeats decode to the block's bytes repeated; that
     * saves encoding 28 MB on every start.
     */
    private static byte[] base64Attachment(int bytes) {
        int linesPerBlock = 16_384;
        byte[] block = new byte[57 * linesPerBlock];
        new SplittableRandom(2024_09_12L).nextBytes(block);
        byte[] encoded = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encode(block);
        byte[] line = new byte[encoded.length + 2];
        System.arraycopy(encoded, 0, line, 0, encoded.length);
        line[encoded.length] = '\r';
        line[encoded.length + 1] = '\n';
        int blocks = (bytes + block.length - 1) / block.length;
        byte[] out = new byte[line.length * blocks - 2];
        for (int i = 0; i < blocks; i++) {
            System.arraycopy(line, 0, out, i * line.length, Math.min(line.length, out.length - i * line.length));
        }
        return out;
    }

    private static Flags flags(DemoMailboxes.Folder.Kind kind, SplittableRandom random) {
        Flags f = new Flags();
        switch (kind) {
            case DRAFTS -> f.add(Flags.Flag.DRAFT);
            case SENT, ARCHIVE, TRASH -> f.add(Flags.Flag.SEEN);
            case JUNK -> { }
            default -> {
                if (random.nextInt(5) != 0) f.add(Flags.Flag.SEEN);
                if (random.nextInt(8) == 0) f.add(Flags.Flag.FLAGGED);
                if (random.nextInt(6) == 0) f.add(Flags.Flag.ANSWERED);
                if (random.nextInt(10) == 0) f.add("$Forwarded");
                if (random.nextInt(7) == 0) f.add("$Label1");
            }
        }
        return f;
    }

    private static String messageId(DemoMailboxes.User user, DemoMailboxes.Folder folder, int n) {
        String folderKey = Integer.toHexString(folder.path().hashCode());
        return "<demo." + user.login() + "." + folderKey + "." + n + "@" + DemoMailboxes.OLD_DOMAIN + ">";
    }

    private static InternetAddress address(String text) {
        try {
            int lt = text.indexOf(" <");
            return new InternetAddress(text.substring(lt + 2, text.length() - 1), text.substring(0, lt), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A MimeMessage whose Message-ID is the one given, not one made from the host name and the clock. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(String id) {
            super(SESSION);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
