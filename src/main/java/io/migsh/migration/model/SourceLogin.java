package io.migsh.migration.model;

/** Who a sync logs in to the source as: IMAP user name, the address, the sealed password, and an optional root. */
public record SourceLogin(String userName, String remoteEmailAddress, String passwordSecret, String userRoot) {
    @Override
    public String toString() {
        return "SourceLogin[" + userName + "]";
    }
}
