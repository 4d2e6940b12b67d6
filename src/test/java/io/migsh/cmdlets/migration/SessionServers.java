package io.migsh.cmdlets.migration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * The two IMAP servers of the session, in a process of their own: GreenMail reads its TLS key store once
 * per JVM, so a test JVM that already ran a demo server would serve that one's certificate instead.
 * {@code <old ip> <new ip> <key store>}: IMAPS on old:993 with the key store, IMAP on new:143; prints "ready", and
 * stops when its standard input closes.
 */
public final class SessionServers {
    private SessionServers() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("greenmail.tls.keystore.file", args[2]);
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        GreenMail oldServer = new GreenMail(new ServerSetup(993, args[0], "imaps"));
        oldServer.start();
        oldServer.setUser("alice@old.example", "alice", "s3cret");
        oldServer.setUser("bob@old.example", "bob", "s3cret");
        for (int i = 1; i <= 3; i++) deliver(oldServer, "alice", "alice " + i);
        deliver(oldServer, "bob", "bob 1");
        GreenMail newServer = new GreenMail(new ServerSetup(143, args[1], "imap"));
        newServer.start();
        newServer.setUser("bob@contoso.com", "bob", "P@ssw0rd");
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
            // Runs until the test closes the pipe (or dies, which closes it too).
        }
        oldServer.stop();
        newServer.stop();
    }

    private static void deliver(GreenMail server, String login, String subject) throws Exception {
        MimeMessage m = new MimeMessage((jakarta.mail.Session) null);
        m.setFrom("someone@old.example");
        m.setSubject(subject);
        m.setText("body of " + subject);
        server.getUserManager().getUser(login).deliver(m);
    }
}
