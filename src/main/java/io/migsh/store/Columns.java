package io.migsh.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Conversions between domain values and column values that both H2 and PostgreSQL store the same way. */
final class Columns {
    private Columns() {}

    /** Case-insensitive uniqueness: names and addresses are also stored lower-cased in a *_key column. */
    static String key(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** Lists of folder names or addresses, one per line (neither can contain a line break). */
    static String lines(List<String> items) {
        return String.join("\n", items);
    }

    static List<String> lines(String stored) {
        if (stored == null || stored.isEmpty()) return List.of();
        return new ArrayList<>(Arrays.asList(stored.split("\n", -1)));
    }

    static Long seconds(Duration d) {
        return d == null ? null : d.getSeconds();
    }

    static Duration seconds(Long s) {
        return s == null ? null : Duration.ofSeconds(s);
    }
}
