package io.migsh.migration;

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
