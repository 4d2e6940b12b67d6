package io.migsh.migration.model;

import io.migsh.runtime.DotNetName;
import io.migsh.runtime.ScalarValue;
import java.util.Locale;

/**
 * Exchange's Unlimited&lt;int&gt;: a limit that is either a number or "Unlimited". Parameters accept an integer or
 * the word {@code unlimited} in any case.
 */
@DotNetName("Microsoft.Exchange.Data.Unlimited`1[[System.Int32]]")
public record Unlimited(Integer value) implements ScalarValue {
    public static final Unlimited UNLIMITED = new Unlimited(null);

    public static Unlimited of(int n) {
        return new Unlimited(n);
    }

    public boolean isUnlimited() {
        return value == null;
    }

    /** True when {@code count} goes past the limit. */
    public boolean isExceededBy(long count) {
        return value != null && count > value;
    }

    public static Unlimited from(Object raw) {
        if (raw == null) return UNLIMITED;
        if (raw instanceof Unlimited u) return u;
        if (raw instanceof Number n) return checked(n.longValue(), raw);
        String s = String.valueOf(raw).trim();
        if (s.toLowerCase(Locale.ROOT).equals("unlimited")) return UNLIMITED;
        try {
            return checked(Long.parseLong(s), raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The value \"" + s + "\" isn't valid. Enter a number or "
                    + "\"Unlimited\".");
        }
    }

    private static Unlimited checked(long n, Object raw) {
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The value \"" + raw + "\" isn't valid. Enter a number from 0 to "
                    + Integer.MAX_VALUE + " or \"Unlimited\".");
        }
        return new Unlimited((int) n);
    }

    /** The stored form: -1 for Unlimited. */
    public int toStored() {
        return value == null ? -1 : value;
    }

    public static Unlimited fromStored(int stored) {
        return stored < 0 ? UNLIMITED : new Unlimited(stored);
    }

    @Override
    public String toString() {
        return value == null ? "Unlimited" : value.toString();
    }
}
