package io.migsh.migration.probe;

import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.Properties;

/**
 * Opens a Jakarta Mail IMAP store with a server's settings: implicit TLS for Ssl, required STARTTLS for Tls,
 * certificate and host checks unless untrusted certificates are accepted, and a SASL PLAIN authorization identity
 * when logging in as a master user on a mailbox's behalf (RFC 4616).
 */
public final class ImapConnector {
    private final Duration timeout;

    public ImapConnector(Duration timeout) {
        this.timeout = timeout;
    }

    public ImapConnector() {
        this(Duration.ofSeconds(30));
    }

    public Store connect(ImapServerSettings server, String user, char[] password, String authorizationId)
            throws MessagingException {
        String protocol = server.security() == ImapSecurity.Ssl ? "imaps" : "imap";
        Properties p = new Properties();
        String k = "mail." + protocol + ".";
        p.setProperty(k + "connectiontimeout", Long.toString(timeout.toMillis()));
        p.setProperty(k + "timeout", Long.toString(timeout.toMillis()));
        p.setProperty(k + "writetimeout", Long.toString(timeout.toMillis()));
        if (server.security() == ImapSecurity.Tls) {
            p.setProperty(k + "starttls.enable", "true");
            p.setProperty(k + "starttls.required", "true");
        }
        if (server.security() != ImapSecurity.None) {
            p.setProperty(k + "ssl.socketFactory.class", "");
            p.put(k + "ssl.socketFactory", TlsContexts.factory(server.acceptUntrustedCertificates()));
            p.setProperty(k + "ssl.checkserveridentity", Boolean.toString(!server.acceptUntrustedCertificates()));
            if (server.acceptUntrustedCertificates()) p.setProperty(k + "ssl.trust", "*");
        }
        if (authorizationId != null) p.setProperty(k + "sasl.authorizationid", authorizationId);
        Session session = Session.getInstance(p);
        Store store = session.getStore(protocol);
        try {
            store.connect(server.host(), server.port(), user, new String(password));
        } catch (AuthenticationFailedException e) {
            if (authorizationId == null) throw e;
            // A server without AUTH=PLAIN takes Dovecot's master-user form in LOGIN instead: "alias*master".
            store.connect(server.host(), server.port(), authorizationId + "*" + user, new String(password));
        }
        return store;
    }
}
