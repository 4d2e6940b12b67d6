package io.migsh.migration.model;

import io.migsh.runtime.DotNetName;
import io.migsh.runtime.ScalarValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exchange's ByteQuantifiedSize: a byte count that prints as {@code 35 MB (36,700,160 bytes)}, the largest binary
 * unit the size reaches with up to three decimals, then the exact count.
 */
@DotNetName("Microsoft.Exchange.Data.ByteQuantifiedSize")
public record ByteQuantifiedSize(long bytes) implements Comparable<ByteQuantifiedSize>, ScalarValue {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};
    private static final Pattern TEXT = Pattern.compile(
            "\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(b|kb|mb|gb|tb|pb)?\\s*(?:\\(([0-9,]+) bytes\\))?\\s*",
            Pattern.CASE_INSENSITIVE);

    public static final ByteQuantifiedSize ZERO = new ByteQuantifiedSize(0);

    public ByteQuantifiedSize {
        if (bytes < 0) throw new IllegalArgumentException("A size can't be negative.");
    }

    public static ByteQuantifiedSize ofMegabytes(long mb) {
        return new ByteQuantifiedSize(mb << 20);
    }

    /**
     * Reads what an admin types or what Exchange prints: {@code 150MB}, {@code 1.5 GB}, {@code 36700160},
     * {@code 35 MB (36,700,160 bytes)} (the exact count wins when present).
     */
    public static ByteQuantifiedSize parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("The value \"" + text + "\" isn't a valid size. Use a number with an "
                    + "optional unit (B, KB, MB, GB, TB), for example 150MB.");
        }
        if (m.group(3) != null) return exact(new BigDecimal(m.group(3).replace(",", "")), text);
        BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        int power = switch (unit) {
            case "kb" -> 1;
            case "mb" -> 2;
            case "gb" -> 3;
            case "tb" -> 4;
            case "pb" -> 5;
            default -> 0;
        };
        return exact(n.multiply(BigDecimal.valueOf(1L << (10 * power))), text);
    }

    /** A count of bytes rounded to a whole byte; one beyond what a size holds is refused rather than wrapped. */
    private static ByteQuantifiedSize exact(BigDecimal bytes, Object text) {
        try {
            return new ByteQuantifiedSize(bytes.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The value \"" + text + "\" is out of range. A size can be at most "
                    + "8 EB (9,223,372,036,854,775,807 bytes).");
        }
    }

    /** A value from a parameter: a number of bytes (PowerShell turns {@code 150MB} into one) or text. */
    public static ByteQuantifiedSize from(Object value) {
        if (value instanceof ByteQuantifiedSize b) return b;
        if (value instanceof Long || value instanceof Integer) return new ByteQuantifiedSize(((Number) value).longValue());
        if (value instanceof Number n) {
            if (!Double.isFinite(n.doubleValue())) throw new IllegalArgumentException("A size must be a finite number.");
            return exact(new BigDecimal(n.toString()), n);
        }
        return parse(String.valueOf(value));
    }

    public long toMegabytes() {
        return bytes >> 20;
    }

    @Override
    public int compareTo(ByteQuantifiedSize o) {
        return Long.compare(bytes, o.bytes);
    }

    @Override
    public String toString() {
        int unit = 0;
        while (unit < UNITS.length - 1 && bytes >= 1L << (10 * (unit + 1))) unit++;
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1L << (10 * unit)), 3,
                RoundingMode.HALF_UP);
        DecimalFormat amount = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.US));
        DecimalFormat count = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        return amount.format(value) + " " + UNITS[unit] + " (" + count.format(bytes) + " bytes)";
    }
}
