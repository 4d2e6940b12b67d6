package io.migsh.migration.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImapProbeTest {
    static GreenMail mail;
    static int imap;
    static int imaps;
    final ImapProbe probe = new ImapProbe(Duration.ofSeconds(10));

    @BeforeAll
    static void start() throws Exception {
        imap = freePort();
        imaps = freePort();
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(imap, "127.0.0.1", "imap"),
            new ServerSetup(imaps, "127.0.0.1", "imaps")});
        mail.start();
        mail.setUser("alice@old.example", "alice", "s3cret");
    }

    @AfterAll
    static void stop() {
        mail.stop();
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static ImapServerSettings server(String host, int port, ImapSecurity security, boolean untrusted) {
        return new ImapServerSettings(host, port, security, AuthenticationMethod.Basic, untrusted);
    }

    @Test
    void a_server_that_answers_and_takes_the_login_passes_every_step() {
        ProbeResult r = probe.test(server("127.0.0.1", imap, ImapSecurity.None, false), "alice", "s3cret".toCharArray());
        assertTrue(r.success(), r.message());
        assertEquals(List.of(ProbeStep.Dns, ProbeStep.Tcp, ProbeStep.Greeting, ProbeStep.Capability,
                ProbeStep.Login), r.passedSteps());
        assertTrue(r.capabilities().contains("IMAP4REV1"), r.capabilities().toString());
        assertTrue(r.greeting().startsWith("* OK"));
    }

    @Test
    void a_bad_password_gives_the_servers_own_text() {
        ProbeResult r = probe.test(server("127.0.0.1", imap, ImapSecurity.None, false), "alice", "nope".toCharArray());
        assertFalse(r.success());
        assertEquals(ProbeStep.Login, r.failedStep());
        assertTrue(r.message().startsWith("Unable to log into account. --> Unable to log into account. --> The "
                + "username or password for this account is incorrect, or IMAP access is disabled. --> Imap server "
                + "sent NO response to LoginCommand. Response code: '"), r.message());
        assertTrue(r.message().contains("LOGIN failed"), r.message());
    }

    @Test
    void a_closed_port_fails_at_the_tcp_step() throws Exception {
        int closed = freePort();
        ProbeResult r = probe.test(server("127.0.0.1", closed, ImapSecurity.None, false), null, null);
        assertEquals(ProbeStep.Tcp, r.failedStep());
        assertTrue(r.message().startsWith("Couldn't connect to 127.0.0.1 on port " + closed + ": Connection refused"),
                r.message());
        assertEquals("System.Net.Sockets.SocketException: Connection refused", r.errorDetail());
    }

    @Test
    void a_name_that_does_not_resolve_fails_at_the_dns_step() {
        ProbeResult r = probe.test(server("imap.no-such-host.invalid", 993, ImapSecurity.Ssl, false), null, null);
        assertEquals(ProbeStep.Dns, r.failedStep());
        assertEquals("The remote server name 'imap.no-such-host.invalid' couldn't be resolved.", r.message());
        assertEquals("System.Net.Sockets.SocketException: Name or service not known", r.errorDetail());
    }

    @Test
    void a_self_signed_certificate_fails_unless_untrusted_certificates_are_accepted() {
        ProbeResult strict = probe.test(server("127.0.0.1", imaps, ImapSecurity.Ssl, false), null, null);
        assertEquals(ProbeStep.Tls, strict.failedStep());
        assertTrue(strict.message().startsWith("The TLS handshake with 127.0.0.1:" + imaps + " failed: The remote "
                + "certificate is invalid according to the validation procedure (unable to find valid certification "
                + "path to requested target)."), strict.message());
        assertTrue(strict.message().endsWith("use -AcceptUntrustedCertificates."), strict.message());
        assertTrue(strict.errorDetail().startsWith("System.Security.Authentication.AuthenticationException: The "
                + "remote certificate is invalid according to the validation procedure ("), strict.errorDetail());

        ProbeResult lenient = probe.test(server("127.0.0.1", imaps, ImapSecurity.Ssl, true), "alice",
                "s3cret".toCharArray());
        assertTrue(lenient.success(), lenient.message());
        assertTrue(lenient.passedSteps().contains(ProbeStep.Tls));
    }

    @Test
    void tls_security_needs_starttls_from_the_server() {
        ProbeResult r = probe.test(server("127.0.0.1", imap, ImapSecurity.Tls, false), null, null);
        assertEquals(ProbeStep.StartTls, r.failedStep());
        assertEquals("The server doesn't offer STARTTLS on port " + imap + ". Use -Security Ssl (usually port 993) "
                + "or None.", r.message());
    }

    @Test
    void folders_are_listed_with_counts_and_sizes() throws Exception {
        mail.setUser("bob@old.example", "bob", "pw");
        jakarta.mail.Store store = new ImapConnector().connect(server("127.0.0.1", imap, ImapSecurity.None, false),
                "bob", "pw".toCharArray(), null);
        jakarta.mail.Folder archive = store.getFolder("Archive");
        archive.create(jakarta.mail.Folder.HOLDS_MESSAGES);
        jakarta.mail.Session s = jakarta.mail.Session.getInstance(new java.util.Properties());
        jakarta.mail.internet.MimeMessage m = new jakarta.mail.internet.MimeMessage(s);
        m.setSubject("hello");
        m.setText("0123456789");
        m.saveChanges();
        archive.appendMessages(new jakarta.mail.Message[] {m, m});
        store.close();

        List<ImapFolderInfo> folders = new ImapFolderLister(new ImapConnector()).list(
                server("127.0.0.1", imap, ImapSecurity.None, false), "bob", "pw".toCharArray(), null, null);
        ImapFolderInfo a = folders.stream().filter(f -> f.name().equals("Archive")).findFirst().orElseThrow();
        assertEquals(2, a.messages());
        // GreenMail keeps parsed MIME and reports each message's body (10 bytes) as its RFC822.SIZE.
        assertEquals(20, a.size());
        assertEquals('.', a.separator());
        ImapFolderInfo inbox = folders.stream().filter(f -> f.name().equalsIgnoreCase("INBOX")).findFirst()
                .orElseThrow();
        assertEquals(0, inbox.messages());
    }
}
