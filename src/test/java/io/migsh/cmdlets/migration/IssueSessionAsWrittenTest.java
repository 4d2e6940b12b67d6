package io.migsh.cmdlets.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.migsh.store.Database;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session of issue 5, verbatim, run by bin/migsh's main class in its own process. The names imap.old.example
 * and imap.new.example resolve nowhere, so that process reads a hosts file (the JDK's {@code jdk.net.hosts.file})
 * that maps them to two loopback addresses where test servers listen on the session's own ports: 993 (GreenMail
 * behind {@link TlsFront}) with a certificate issued to imap.old.example (trusted through the JVM's trust store, not
 * by skipping validation) and 143 for the target database. GreenMail offers no STARTTLS, so a sync of bob into that database would fail; the
 * session removes its batch before looking at bob's sync, so the stand-in is enough for what it prints. The lines
 * go in on standard input, each its own pipeline as at the prompt (a -File script would print the objects after
 * its first as lists, as PowerShell does).
 */
class IssueSessionAsWrittenTest {
    static final List<String> SESSION = List.of(
            "New-AcceptedDomain -Name contoso.com -DomainName contoso.com",
            "$pw = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force",
            "New-Mailbox -Name alice -MicrosoftOnlineServicesID alice@contoso.com -Password $pw",
            "New-MailboxDatabase -Name NewServer -ImapServer imap.new.example -Port 143 -Security Tls",
            "New-Mailbox -Name bob -MicrosoftOnlineServicesID bob@contoso.com -Password $pw -Database NewServer",
            "Set-Mailbox alice@contoso.com -MaxReceiveSize 150MB",
            "New-MigrationEndpoint -IMAP -Name src -RemoteServer imap.old.example -Port 993 -Security Ssl",
            "Test-MigrationServerAvailability -Imap -RemoteServer imap.old.example -Port 993 -Security Ssl",
            "New-MigrationBatch -Name wave1 -SourceEndpoint src -CSVData ([System.IO.File]::ReadAllBytes(\"users.csv\"))"
                    + " -ExcludeFolders \"Deleted Items\",\"Junk Email\"",
            "Get-MigrationBatch wave1 | Format-List Identity,Status,TotalCount",
            "Get-MigrationUser -BatchId wave1 | Get-MigrationUserStatistics | Format-Table Identity,Status,"
                    + "SyncedItemCount",
            "Start-MigrationBatch wave1",
            "Get-SyncRequest -Mailbox alice@contoso.com | Get-SyncRequestStatistics -IncludeReport -DiagnosticInfo "
                    + "\"showtimeslots, showtimeline, verbose\"",
            "Get-SyncRequest -Mailbox alice@contoso.com | Remove-SyncRequest -Confirm:$false",
            "Remove-MigrationBatch wave1 -Confirm:$false");

    /** What the session prints up to the sync request's statistics, GUIDs aside: Exchange's default views. */
    static final String EXPECTED = """

            Name        DomainName  DomainType    Default
            ----        ----------  ----------    -------
            contoso.com contoso.com Authoritative True


            Name  Alias Database         ProhibitSendQuota             ExternalDirectoryObjectId
            ----  ----- --------         -----------------             -------------------------
            alice alice Mailbox Database 99 GB (106,300,440,576 bytes) <guid>


            Name      Server           Recovery ReplicationType
            ----      ------           -------- ---------------
            NewServer imap.new.example False    None


            Name Alias Database  ProhibitSendQuota             ExternalDirectoryObjectId
            ---- ----- --------  -----------------             -------------------------
            bob  bob   NewServer 99 GB (106,300,440,576 bytes) <guid>


            Identity EndpointType RemoteServer
            -------- ------------ ------------
            src      IMAP         imap.old.example


            Result             : Success
            Message            :\s
            ConnectionSettings :\s
            SupportsCutover    : False
            ErrorDetail        :\s
            TestedEndpoint     :\s
            FailedStep         :\s
            Greeting           : * OK IMAP4rev1 Server GreenMail v2.1.0 ready
            Capabilities       : {IMAP4REV1, LITERAL+, UIDPLUS, SORT…}
            Identity           :\s
            IsValid            : True
            ObjectState        : Unchanged


            Identity Status  Type TotalCount
            -------- ------  ---- ----------
            wave1    Created IMAP 2


            Identity   : wave1
            Status     : Created
            TotalCount : 2


            Identity          Status SyncedItemCount
            --------          ------ ---------------
            alice@contoso.com Queued               0
            bob@contoso.com   Queued               0

            """;

    @TempDir
    Path dir;
    GreenMail oldServer;
    TlsFront oldTls;
    GreenMail newServer;

    @AfterEach
    void stop() throws IOException {
        if (oldTls != null) oldTls.close();
        if (oldServer != null) oldServer.stop();
        if (newServer != null) newServer.stop();
    }

    /** A random loopback address, so that runs of this test in other checkouts on the machine do not collide. */
    private static String loopback() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "127." + r.nextInt(2, 250) + "." + r.nextInt(1, 250) + "." + r.nextInt(2, 250);
    }

    private static boolean canBind(String host, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void keytool(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "keytool").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }

    private static void deliver(GreenMail server, String login, String subject) throws Exception {
        MimeMessage m = new MimeMessage((jakarta.mail.Session) null);
        m.setFrom("someone@old.example");
        m.setSubject(subject);
        m.setText("body of " + subject);
        server.getUserManager().getUser(login).deliver(m);
    }

    @Test
    void the_issue_session_works_as_written_with_its_host_names_mapped_to_local_servers() throws Exception {
        String oldIp = loopback();
        String newIp = loopback();
        // Ports 993 and 143 need root; a machine where they are taken cannot run the session as written.
        assumeTrue(canBind(oldIp, 993) && canBind(newIp, 143), "ports 993 and 143 on loopback are not available");

        Path keystore = dir.resolve("old.p12");
        Path truststore = dir.resolve("trust.p12");
        Path cert = dir.resolve("old.cer");
        keytool("-genkeypair", "-alias", "old", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=imap.old.example", "-ext", "SAN=dns:imap.old.example", "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit");
        keytool("-exportcert", "-alias", "old", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "old", "-file", cert.toString(), "-keystore",
                truststore.toString(), "-storetype", "PKCS12", "-storepass", "changeit");

        // Plain GreenMail on a free port behind TLS of the test's own on 993.
        oldServer = new GreenMail(new ServerSetup(0, oldIp, "imap"));
        oldServer.start();
        oldTls = new TlsFront(keystore, "changeit".toCharArray(), InetAddress.getByName(oldIp), 993,
                InetAddress.getByName(oldIp), oldServer.getImap().getPort());
        oldServer.setUser("alice@old.example", "alice", "s3cret");
        oldServer.setUser("bob@old.example", "bob", "s3cret");
        for (int i = 1; i <= 3; i++) deliver(oldServer, "alice", "alice " + i);
        deliver(oldServer, "bob", "bob 1");
        newServer = new GreenMail(new ServerSetup(143, newIp, "imap"));
        newServer.start();
        newServer.setUser("bob@contoso.com", "bob", "P@ssw0rd");

        // The hosts file replaces the resolver: it also names this machine, which H2's mixed mode looks up.
        Files.writeString(dir.resolve("hosts"), oldIp + " imap.old.example\n" + newIp + " imap.new.example\n"
                + "127.0.0.1 localhost " + InetAddress.getLocalHost().getHostName() + "\n");
        Files.writeString(dir.resolve("users.csv"), "EmailAddress,UserName,Password\r\n"
                + "alice@contoso.com,alice,s3cret\r\nbob@contoso.com,bob,s3cret\r\n");

        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US",
                "-Djdk.net.hosts.file=" + dir.resolve("hosts"),
                "-Djavax.net.ssl.trustStore=" + truststore, "-Djavax.net.ssl.trustStorePassword=changeit",
                "-Djavax.net.ssl.trustStoreType=PKCS12",
                "-cp", System.getProperty("java.class.path"), "io.migsh.Main");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("MIGSH_HOME", dir.resolve("home").toString());
        pb.environment().put("COLUMNS", "120");
        Process p = pb.start();
        // Typed line by line, as at the prompt: each line is its own pipeline with its own default view.
        try (var in = p.getOutputStream()) {
            in.write((String.join("\n", SESSION) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        Files.writeString(dir.resolve("out.txt"), out);

        assertEquals(0, p.exitValue(), out);
        String shown = out.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<guid>");
        // What the sync request shows right after Start-MigrationBatch depends on how far its sync has come, and
        // the StatusDetail column is as wide as the longest detail (CopyingMessages is wider than its header).
        Matcher last = Pattern.compile("\n\nName +StatusDetail +TargetAlias PercentComplete\n"
                + "-{4} +-{12}-* +-{11} -{15}\n").matcher(shown);
        assertTrue(last.find(), out);
        assertEquals(EXPECTED, shown.substring(0, last.start() + 1));
        String row = shown.substring(last.end());
        assertTrue(row.matches("MigrationService:wave1 (Queued|InProgress|[A-Za-z]+) +alice +(0|[1-9][0-9]?|100)\n\n"),
                row);
        // The session removes what it made: the batch, its users and their sync requests.
        try (Database db = Database.open(dir.resolve("home"))) {
            assertEquals(0L, db.<Long>read(s -> s.count("SELECT COUNT(*) FROM migration_batch")));
            assertEquals(0L, db.<Long>read(s -> s.count("SELECT COUNT(*) FROM migration_user")));
            assertEquals(0L, db.<Long>read(s -> s.count("SELECT COUNT(*) FROM sync_request")));
            assertEquals(2L, db.<Long>read(s -> s.count("SELECT COUNT(*) FROM mailbox")));
        }
    }
}
