package io.migsh.imap.client;

import java.time.Duration;

/**
 * Where an IMAP server is and how to talk to it.
 *
 * @param port              the port, or 0 for the security mechanism's default
 * @param trustAllCerts     accept any server certificate (test servers with self-signed certificates)
 * @param connectTimeout    how long to wait for the TCP connection
 * @param readTimeout       how long to wait for any server data before the connection counts as stalled
 */
public record ImapEndpoint(String host, int port, ImapSecurity security, boolean trustAllCerts,
                           Duration connectTimeout, Duration readTimeout) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);

    public ImapEndpoint {
        if (security == null) security = ImapSecurity.NONE;
        if (connectTimeout == null) connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        if (readTimeout == null) readTimeout = DEFAULT_READ_TIMEOUT;
    }

    public static ImapEndpoint of(String host, int port, ImapSecurity security) {
        return new ImapEndpoint(host, port, security, false, null, null);
    }

    public ImapEndpoint trustingAllCertificates() {
        return new ImapEndpoint(host, port, security, true, connectTimeout, readTimeout);
    }

    public ImapEndpoint withTimeouts(Duration connect, Duration read) {
        return new ImapEndpoint(host, port, security, trustAllCerts, connect, read);
    }

    public int effectivePort() {
        return port > 0 ? port : security.defaultPort();
    }

    @Override
    public String toString() {
        return host + ":" + effectivePort() + " (" + security + ")";
    }
}
