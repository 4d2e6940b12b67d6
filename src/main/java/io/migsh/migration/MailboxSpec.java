package io.migsh.migration;

/** What New-Mailbox was given; alias, display name and database may be null (their defaults apply). */
public record MailboxSpec(String name, String primarySmtpAddress, String microsoftOnlineServicesId, String alias,
        String displayName, char[] password, String database) {}
