package io.migsh.imap.client;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Properties;
import org.eclipse.angus.mail.iap.BadCommandException;
import org.eclipse.angus.mail.iap.CommandFailedException;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.util.MailLogger;

/**
 * One authenticated IMAP connection, over Eclipse Angus's IMAP protocol layer (the engine under Jakarta Mail's
 * IMAPStore) used directly: the sync issues its own commands, so it needs no folder objects, message caches or
 * connection pool. Errors come out as {@link ImapCommandException} (the server said NO or BAD) or IOException (the
 * connection failed or stalled: transient).
 */
public final class ImapConnection implements AutoCloseable {
    /** A unit of work on the protocol. */
    @FunctionalInterface
    public interface Call<T> {
        T run(IMAPProtocol protocol) throws ProtocolException, IOException, ImapCommandException;
    }

    private final IMAPProtocol protocol;
    private final ImapEndpoint endpoint;
    private boolean closed;

    private ImapConnection(IMAPProtocol protocol, ImapEndpoint endpoint) {
        this.protocol = protocol;
        this.endpoint = endpoint;
    }

    /**
     * Connects, secures the connection as the endpoint asks and logs in.
     *
     * @throws ImapCommandException the server refused the login (command "LoginCommand" or "AuthenticateCommand"),
     *                              or STARTTLS
     * @throws IOException          the server could not be reached or the connection broke
     */
    public static ImapConnection open(ImapEndpoint endpoint, ImapCredentials credentials)
            throws IOException, ImapCommandException {
        Properties props = properties(endpoint);
        MailLogger logger = new MailLogger(ImapConnection.class, "IMAP", false,
                new PrintStream(OutputStream.nullOutputStream()));
        IMAPProtocol p;
        try {
            p = new IMAPProtocol("imap", endpoint.host(), endpoint.effectivePort(), props,
                    endpoint.security() == ImapSecurity.SSL, logger);
        } catch (ProtocolException e) {
            throw new IOException("The IMAP server " + endpoint + " did not greet properly: " + e.getMessage(), e);
        }
        ImapConnection c = new ImapConnection(p, endpoint);
        try {
            if (endpoint.security() == ImapSecurity.TLS) {
                c.call("StartTlsCommand", proto -> {
                    proto.startTLS();
                    proto.capability();
                    return null;
                });
            }
            c.login(credentials);
            return c;
        } catch (IOException | ImapCommandException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private void login(ImapCredentials cr) throws IOException, ImapCommandException {
        boolean onBehalf = cr.authorizationId() != null && !cr.authorizationId().isEmpty();
        if (cr.method() == ImapAuthMethod.PLAIN && onBehalf && !protocol.hasCapability("AUTH=PLAIN")) {
            // No SASL PLAIN: Dovecot's master-user form carries the same request in a LOGIN ("user*master").
            call("LoginCommand", p -> {
                p.login(cr.authorizationId() + "*" + cr.userName(), cr.password());
                return null;
            });
        } else if (cr.method() == ImapAuthMethod.PLAIN) {
            call("AuthenticateCommand", p -> {
                p.authplain(cr.authorizationId() == null ? "" : cr.authorizationId(), cr.userName(), cr.password());
                return null;
            });
        } else {
            call("LoginCommand", p -> {
                p.login(cr.userName(), cr.password());
                return null;
            });
        }
        if (!protocol.isAuthenticated()) {
            throw new ImapCommandException(cr.method() == ImapAuthMethod.PLAIN ? "AuthenticateCommand"
                    : "LoginCommand", "NO", "", "The server did not confirm the login.");
        }
        // Refresh capabilities: servers announce more after login (RFC 3501 section 6.2.3).
        call("CapabilityCommand", p -> {
            p.capability();
            return null;
        });
    }

    private static Properties properties(ImapEndpoint e) {
        Properties props = new Properties();
        props.setProperty("mail.imap.connectiontimeout", String.valueOf(e.connectTimeout().toMillis()));
        props.setProperty("mail.imap.timeout", String.valueOf(e.readTimeout().toMillis()));
        if (e.trustAllCerts()) {
            props.setProperty("mail.imap.ssl.trust", "*");
            props.setProperty("mail.imap.ssl.checkserveridentity", "false");
        } else {
            props.setProperty("mail.imap.ssl.checkserveridentity", "true");
        }
        return props;
    }

    /**
     * Runs a call, turning Angus's exceptions into ours: NO/BAD become {@link ImapCommandException} named after
     * {@code exchangeCommand}; a lost or stalled connection becomes IOException.
     */
    public <T> T call(String exchangeCommand, Call<T> call) throws IOException, ImapCommandException {
        try {
            return call.run(protocol);
        } catch (CommandFailedException e) {
            throw commandException(exchangeCommand, "NO", e.getResponse());
        } catch (BadCommandException e) {
            throw commandException(exchangeCommand, "BAD", e.getResponse());
        } catch (ProtocolException e) {
            throw new IOException(endpoint.host() + ": " + exchangeCommand + " failed: " + e.getMessage(), e);
        }
    }

    static ImapCommandException commandException(String command, String status, Response r) {
        String[] codeAndText = ServerText.split(r == null ? "" : r.getRest());
        return new ImapCommandException(command, status, codeAndText[0], codeAndText[1]);
    }

    public IMAPProtocol protocol() {
        return protocol;
    }

    public boolean hasCapability(String capability) {
        return protocol.hasCapability(capability);
    }

    public ImapEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            protocol.logout();
        } catch (ProtocolException | RuntimeException ignored) {
            // The connection may already be gone; logging out is a courtesy.
        } finally {
            protocol.disconnect();
        }
    }
}
