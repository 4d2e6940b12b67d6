package io.migsh.cmdlets.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointCmdletsTest {
    static GreenMail mail;
    static int imap;
    static int imaps;

    @TempDir
    Path dir;
    Fixture fx;

    @BeforeAll
    static void start() throws Exception {
        imap = freePort();
        imaps = freePort();
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(imap, "127.0.0.1", "imap"),
            new ServerSetup(imaps, "127.0.0.1", "imaps")});
        mail.start();
        mail.setUser("alice@old.example", "alice", "s3cret");
        jakarta.mail.internet.MimeMessage m = new jakarta.mail.internet.MimeMessage((jakarta.mail.Session) null);
        m.setSubject("hi");
        m.setText("hello");
        mail.getUserManager().getUser("alice").deliver(m);
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

    @BeforeEach
    void setUp() {
        fx = new Fixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void an_endpoint_is_created_after_the_server_answers() {
        PsObject e = (PsObject) fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer",
                "127.0.0.1", "-Port", imap, "-Security", "None").get(0);
        assertEquals("Microsoft.Exchange.Data.Storage.Management.MigrationEndpoint", e.typeName());
        assertEquals(List.of("Identity", "EndpointType", "RemoteServer", "Port", "Security"),
                e.propertyNames().subList(0, 5));
        assertEquals("100", e.get("MaxConcurrentMigrations").toString());
        assertEquals("20", e.get("MaxConcurrentIncrementalSyncs").toString());
        assertEquals(1, fx.run(GetMigrationEndpointCommand.class, "SRC").size());
    }

    @Test
    void an_unreachable_server_is_refused_unless_verification_is_skipped() throws Exception {
        int closed = freePort();
        fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer", "127.0.0.1", "-Port",
                closed, "-Security", "None");
        assertEquals("The connection to the server '127.0.0.1' could not be completed. --> Couldn't connect to "
                + "127.0.0.1 on port " + closed + ": Connection refused.", fx.errors.get(0).message());
        assertEquals(List.of(), fx.run(GetMigrationEndpointCommand.class));
        fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer", "127.0.0.1", "-Port",
                closed, "-SkipVerification", "-MaxConcurrentMigrations", "unlimited");
        PsObject e = (PsObject) fx.run(GetMigrationEndpointCommand.class).get(0);
        assertEquals("Unlimited", e.get("MaxConcurrentMigrations").toString());
        PsObject d = (PsObject) fx.run(GetMigrationEndpointCommand.class, "src", "-DiagnosticInfo", "verbose").get(0);
        assertEquals("<DiagnosticInfo><MigrationEndpoint Identity=\"src\"><Properties><RemoteServer>127.0.0.1"
                + "</RemoteServer><Port>" + closed + "</Port><Security>Ssl</Security></Properties></MigrationEndpoint>"
                + "</DiagnosticInfo>", d.get("DiagnosticInfo"));
    }

    @Test
    void server_availability_reports_success_and_each_kind_of_failure() throws Exception {
        PsObject ok = (PsObject) fx.run(TestMigrationServerAvailabilityCommand.class, "-Imap", "-RemoteServer",
                "127.0.0.1", "-Port", imap, "-Credential", new PsCredential("alice",
                        new SecureString("s3cret".toCharArray()))).get(0);
        assertEquals("Success", ok.toString());
        assertEquals(Boolean.FALSE, ok.get("SupportsCutover"));
        assertEquals(List.of("Result", "Message", "ConnectionSettings", "SupportsCutover", "ErrorDetail"),
                ok.propertyNames().subList(0, 5));

        PsObject badPassword = (PsObject) fx.run(TestMigrationServerAvailabilityCommand.class, "-Imap",
                "-RemoteServer", "127.0.0.1", "-Port", imap, "-UserName", "alice", "-Password",
                new SecureString("wrong".toCharArray())).get(0);
        assertEquals("Failed", badPassword.get("Result").toString());
        assertEquals("Login", badPassword.get("FailedStep"));
        assertTrue(((String) badPassword.get("Message")).contains("Imap server sent NO response to LoginCommand"));

        int closed = freePort();
        PsObject wrongPort = (PsObject) fx.run(TestMigrationServerAvailabilityCommand.class, "-Imap",
                "-RemoteServer", "127.0.0.1", "-Port", closed).get(0);
        assertEquals("Tcp", wrongPort.get("FailedStep"));

        PsObject tls = (PsObject) fx.run(TestMigrationServerAvailabilityCommand.class, "-Imap", "-RemoteServer",
                "127.0.0.1", "-Port", imaps, "-Security", "Ssl").get(0);
        assertEquals("Tls", tls.get("FailedStep"));
        PsObject trusted = (PsObject) fx.run(TestMigrationServerAvailabilityCommand.class, "-Imap", "-RemoteServer",
                "127.0.0.1", "-Port", imaps, "-Security", "Ssl", "-AcceptUntrustedCertificates").get(0);
        assertEquals("Success", trusted.toString());
    }

    @Test
    void a_stored_endpoint_can_be_tested_through_the_pipeline() {
        fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer", "127.0.0.1", "-Port",
                imap, "-Security", "None");
        List<Object> out = fx.pipeline(Fixture.stage(GetMigrationEndpointCommand.class, "src"),
                Fixture.stage(TestMigrationServerAvailabilityCommand.class));
        PsObject r = (PsObject) out.get(0);
        assertEquals("Success", r.get("Result").toString());
        assertEquals("src", r.get("TestedEndpoint"));
    }

    @Test
    void imap_folders_are_listed_for_a_login() {
        List<Object> folders = fx.run(GetImapFoldersCommand.class, "-Server", "127.0.0.1", "-Port", imap,
                "-Security", "None", "-Credential", new PsCredential("alice", new SecureString("s3cret".toCharArray())));
        PsObject inbox = (PsObject) folders.get(0);
        assertEquals("INBOX", inbox.get("Name"));
        assertEquals(1, inbox.get("Messages"));
        assertEquals(".", inbox.get("Separator"));
    }

    @Test
    void imap_folders_with_a_bad_password_give_the_login_failure() {
        fx.run(GetImapFoldersCommand.class, "-Server", "127.0.0.1", "-Port", imap, "-Security", "None", "-UserName",
                "alice", "-Password", new SecureString("nope".toCharArray()));
        assertTrue(fx.errors.get(0).message().startsWith("Unable to log into account."), fx.errors.get(0).message());
    }

    @Test
    void imap_folders_name_the_connection_failure_as_test_migration_server_availability_does() throws Exception {
        int closed = freePort(); // nothing listens there
        fx.run(GetImapFoldersCommand.class, "-Server", "127.0.0.1", "-Port", closed, "-Security", "None", "-UserName",
                "alice", "-Password", new SecureString("s3cret".toCharArray()));
        assertEquals("The IMAP server '127.0.0.1' couldn't be read: Couldn't connect to 127.0.0.1 on port " + closed
                + ": Connection refused.", fx.errors.get(0).message());
        fx.errors.clear();
        fx.run(GetImapFoldersCommand.class, "-Server", "127.0.0.1", "-Port", imap, "-Security", "Ssl", "-UserName",
                "alice", "-Password", new SecureString("s3cret".toCharArray()));
        assertTrue(fx.errors.get(0).message().contains("failed: the server didn't answer with TLS on this port."),
                fx.errors.get(0).message());
    }
}
