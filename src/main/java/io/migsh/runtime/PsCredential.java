package io.migsh.runtime;

/** System.Management.Automation.PSCredential: a user name with a password that is never shown. */
@DotNetName("System.Management.Automation.PSCredential")
public record PsCredential(String userName, SecureString password) {
    @Override
    public String toString() {
        return "System.Management.Automation.PSCredential";
    }
}
