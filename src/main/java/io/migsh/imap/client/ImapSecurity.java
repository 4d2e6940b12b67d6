package io.migsh.imap.client;

/** How the connection is protected, as Exchange's IMAPSecurityMechanism: None, Ssl (implicit TLS), Tls (STARTTLS). */
public enum ImapSecurity {
    /** Plain text on the wire (port 143 by default). */
    NONE,
    /** TLS from the first byte (port 993 by default). */
    SSL,
    /** Plain connection upgraded with STARTTLS before login (RFC 3501 section 6.2.1; port 143 by default). */
    TLS;

    public int defaultPort() {
        return this == SSL ? 993 : 143;
    }
}
