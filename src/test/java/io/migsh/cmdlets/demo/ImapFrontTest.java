package io.migsh.cmdlets.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo server's front as an IMAP client meets it, on the wire: it drops dana's connection once and erik's every
 * time in the middle of a message body's FETCH answer, answers NO to a FETCH of farah's damaged messages (in order,
 * after the answers to earlier commands), and passes everything else, other users' mail included, unchanged.
 */
class ImapFrontTest {
    private static final Pattern BODY = Pattern.compile("BODY\\[] \\{(\\d+)}\r\n");

    DemoImapServer server;

    @BeforeEach
    void start() throws Exception {
        // A fresh server per test: the plans count drops over the server's life.
        server = DemoImapServer.start(0, 0, false, true);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void danas_connection_drops_once_in_the_middle_of_a_body_fetch_then_the_fetch_goes_through() throws Exception {
        try (Wire w = Wire.plain(server.port())) {
            w.login("dana", "Ivy-3187").examine("INBOX");
            w.send("f1 UID FETCH 1:* (UID FLAGS BODY.PEEK[])");
            Wire.Answer a = w.until("f1");
            assertTrue(a.closed(), "the connection is dropped before the FETCH's end: " + a.text());
            Matcher body = BODY.matcher(a.text());
            assertTrue(body.find(), a.text());
            int announced = Integer.parseInt(body.group(1));
            int received = a.text().length() - body.end();
            assertTrue(received > 0 && received < announced, "cut inside the first body: " + received + " of "
                    + announced + " bytes");
        }
        try (Wire w = Wire.plain(server.port())) {
            w.login("dana", "Ivy-3187").examine("INBOX");
            w.send("f2 UID FETCH 1:* (UID FLAGS BODY.PEEK[])");
            Wire.Answer a = w.until("f2");
            assertFalse(a.closed(), a.text());
            assertTrue(a.text().endsWith("f2 OK FETCH completed.\r\n"), a.text());
            assertEquals(16, count(BODY, a.text()), "every message of the INBOX");
        }
    }

    @Test
    void eriks_connection_drops_at_every_body_fetch_while_other_commands_are_answered() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try (Wire w = Wire.plain(server.port())) {
                w.login("erik", "Yew-5540").examine("INBOX");
                w.send("s1 UID FETCH 1:* (UID RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER.FIELDS (SUBJECT)])");
                String headers = w.until("s1").text();
                assertTrue(headers.endsWith("s1 OK FETCH completed.\r\n"), "headers pass: " + headers);
                w.send("b1 UID FETCH 2 (UID BODY.PEEK[])");
                assertTrue(w.until("b1").closed(), "attempt " + attempt);
            }
        }
    }

    @Test
    void farahs_damaged_messages_are_refused_with_no_and_her_other_messages_delivered() throws Exception {
        try (Wire w = Wire.tls(server.sslPort())) {
            w.login("farah", "Bay-2719").examine("INBOX");
            // Pipelined, as the engine sends them: the NO comes after the whole answer to the FETCH before it.
            w.send("a1 UID FETCH 1:2 (UID FLAGS BODY.PEEK[])\r\na2 UID FETCH 1:* (UID FLAGS BODY.PEEK[])");
            String both = w.until("a2").text();
            int firstEnd = both.indexOf("a1 OK FETCH completed.\r\n");
            assertTrue(firstEnd > 0, both);
            assertEquals(2, count(BODY, both.substring(0, firstEnd)));
            assertTrue(both.endsWith("a2 " + FrontConnection.REFUSAL + "\r\n"), both);
            for (int position = 1; position <= 20; position++) {
                w.send("p" + position + " UID FETCH " + position + " (UID BODY.PEEK[])");
                String answer = w.until("p" + position).text();
                boolean damaged = DemoMailboxes.UNREADABLE_POSITIONS.contains(position);
                assertEquals(damaged, answer.startsWith("p" + position + " NO [CORRUPTION]"), answer);
                assertEquals(damaged ? 0 : 1, count(BODY, answer), answer);
            }
            w.send("h1 UID FETCH 3 (UID BODY.PEEK[HEADER.FIELDS (SUBJECT)])");
            assertTrue(w.until("h1").text().endsWith("h1 OK FETCH completed.\r\n"), "a damaged message's headers");
            w.examine("\"Sent Items\"");
            w.send("s1 UID FETCH 1:* (UID BODY.PEEK[])");
            assertEquals(4, count(BODY, w.until("s1").text()), "other folders are whole");
        }
    }

    @Test
    void users_without_faults_see_greenmail_as_it_is_on_both_ports() throws Exception {
        for (boolean tls : new boolean[] {false, true}) {
            try (Wire w = tls ? Wire.tls(server.sslPort()) : Wire.plain(server.port())) {
                w.login("carol", "Fir-6620").examine("INBOX");
                for (int round = 1; round <= 2; round++) {
                    w.send("c" + round + " UID FETCH 1:* (UID FLAGS BODY.PEEK[])");
                    Wire.Answer a = w.until("c" + round);
                    assertFalse(a.closed());
                    assertEquals(12, count(BODY, a.text()));
                }
                w.send("n1 LOGIN carol wrong");
                String again = w.until("n1").text();
                assertTrue(again.startsWith("n1 NO"), "GreenMail's own answers pass too: " + again);
            }
        }
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** A raw IMAP client: sends lines, reads until a tagged answer or the end of the connection. */
    private static final class Wire implements AutoCloseable {
        record Answer(String text, boolean closed) {}

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        private Wire(Socket socket) throws IOException {
            this.socket = socket;
            socket.setSoTimeout(10_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            assertTrue(until("*").text().startsWith("* OK"), "the greeting");
        }

        static Wire plain(int port) throws IOException {
            return new Wire(new Socket(DemoImapServer.HOST, port));
        }

        static Wire tls(int port) throws Exception {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new X509TrustManager() {
                @Override public void checkClientTrusted(X509Certificate[] c, String a) { }
                @Override public void checkServerTrusted(X509Certificate[] c, String a) { }
                @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, null);
            return new Wire(ctx.getSocketFactory().createSocket(DemoImapServer.HOST, port));
        }

        Wire login(String user, String password) throws IOException {
            send("l1 LOGIN " + user + " " + password);
            String a = until("l1").text();
            assertTrue(a.contains("l1 OK"), a);
            return this;
        }

        Wire examine(String folder) throws IOException {
            send("e1 EXAMINE " + folder);
            String a = until("e1").text();
            assertTrue(a.contains("e1 OK"), a);
            return this;
        }

        void send(String lines) throws IOException {
            out.write((lines + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** Everything up to and with the line that starts with the tag, or up to the end of the connection. */
        Answer until(String tag) throws IOException {
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            int lineStart = 0;
            int c;
            while ((c = in.read()) >= 0) {
                got.write(c);
                if (c != '\n') continue;
                String text = got.toString(StandardCharsets.ISO_8859_1);
                if (text.startsWith(tag + " ", lineStart)) return new Answer(text, false);
                lineStart = text.length();
            }
            return new Answer(got.toString(StandardCharsets.ISO_8859_1), true);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
