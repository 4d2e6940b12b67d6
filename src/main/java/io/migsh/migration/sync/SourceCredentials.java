package io.migsh.migration.sync;

/**
 * The CSV login for the source: IMAP user name (possibly an admin form such as {@code user*admin}), the clear
 * password (opened from the store for this pass only), the optional UserRoot, and the user's address.
 */
public record SourceCredentials(String userName, char[] password, String userRoot, String emailAddress) {
    @Override
    public String toString() {
        return "SourceCredentials[" + userName + "]";
    }
}
