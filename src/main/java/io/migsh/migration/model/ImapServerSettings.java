package io.migsh.migration.model;

/** How to reach an IMAP server: host, port, protection, authentication, and whether any certificate is accepted. */
public record ImapServerSettings(String host, int port, ImapSecurity security, AuthenticationMethod authentication,
        boolean acceptUntrustedCertificates) {

    /** The port Exchange's docs name as standard: 993 for SSL, 143 for unencrypted or TLS. */
    public static int defaultPort(ImapSecurity security) {
        return security == ImapSecurity.Ssl ? 993 : 143;
    }
}
