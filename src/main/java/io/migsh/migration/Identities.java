package io.migsh.migration;

import io.migsh.migration.model.MigrationUser;
import io.migsh.store.MigrationUserRepository;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** How Exchange identity parameters are read: a GUID (with or without braces), else a name or address. */
public final class Identities {
    private static final Pattern GUID = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

    private Identities() {}

    public static Optional<UUID> guid(String identity) {
        if (identity == null || !GUID.matcher(identity.strip()).matches()) return Optional.empty();
        return Optional.of(UUID.fromString(identity.strip().replace("{", "").replace("}", "")));
    }

    /**
     * A migration user by its address, or by a GUID: its own, or its mailbox's (the MailboxGuid that Get-MigrationUser
     * shows, so that an admin can paste what they see).
     */
    public static Optional<MigrationUser> user(MigrationUserRepository users, String identity) {
        Optional<UUID> g = guid(identity);
        if (g.isPresent()) return users.byId(g.get()).or(() -> users.byMailbox(g.get()));
        return identity == null ? Optional.empty() : users.byAddress(identity);
    }

    /** The domain of an address, lower-cased as DNS compares it. */
    public static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }

    public static String localPart(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }
}
