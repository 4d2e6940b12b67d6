package io.migsh.migration.model;

import io.migsh.runtime.DotNetName;

/** Exchange's IMAPSecurityMechanism: how a connection to an IMAP server is protected. */
@DotNetName("Microsoft.Exchange.Data.Storage.Management.IMAPSecurityMechanism")
public enum ImapSecurity {
    /** Plain text, usually port 143. */
    None,
    /** Implicit TLS from the first byte, usually port 993. */
    Ssl,
    /** STARTTLS after the greeting (RFC 3501 section 6.2.1), usually port 143. */
    Tls
}
