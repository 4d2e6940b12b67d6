package io.migsh.imap.client;

/** How to log in. */
public enum ImapAuthMethod {
    /** The LOGIN command (RFC 3501 section 6.2.3): Exchange's "Basic". */
    LOGIN,
    /** AUTHENTICATE PLAIN (RFC 4616), which can carry an authorization identity: an admin acting for a user. */
    PLAIN
}
