package io.migsh.clixml;

import io.migsh.runtime.DotNetName;

/**
 * A secure string from a CLIXML file that this data directory cannot decrypt (another migsh installation, or
 * Windows DPAPI): kept as the opaque text of its &lt;SS&gt; element so that a new export writes it back unchanged.
 */
@DotNetName("System.Security.SecureString")
public record ProtectedSecureString(String encryptedText) {
    @Override
    public String toString() {
        return "System.Security.SecureString";
    }
}
