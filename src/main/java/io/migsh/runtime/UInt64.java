package io.migsh.runtime;

import java.math.BigInteger;

/** System.UInt64: an unsigned 64-bit integer (CLIXML &lt;U64&gt;), held in a long read as unsigned. */
@DotNetName("System.UInt64")
public final class UInt64 extends Number implements Comparable<UInt64> {
    private static final long serialVersionUID = 1L;
    private static final BigInteger MAX = new BigInteger("18446744073709551615");
    private final long bits;

    private UInt64(long bits) {
        this.bits = bits;
    }

    public static UInt64 of(long value) {
        if (value < 0) throw overflow(value);
        return new UInt64(value);
    }

    /** Parses the decimal text CLIXML holds, up to 18446744073709551615. */
    public static UInt64 parse(String text) {
        BigInteger v = new BigInteger(text.trim());
        if (v.signum() < 0 || v.compareTo(MAX) > 0) throw overflow(text);
        return new UInt64(v.longValue());
    }

    private static PsException overflow(Object value) {
        return PsException.invalidArgument("Value was either too large or too small for a UInt64.", "Overflow", value);
    }

    public BigInteger bigIntegerValue() {
        return new BigInteger(Long.toUnsignedString(bits));
    }

    @Override
    public int intValue() {
        return (int) bits;
    }

    @Override
    public long longValue() {
        return bits;
    }

    @Override
    public float floatValue() {
        return bigIntegerValue().floatValue();
    }

    @Override
    public double doubleValue() {
        return bigIntegerValue().doubleValue();
    }

    @Override
    public int compareTo(UInt64 o) {
        return Long.compareUnsigned(bits, o.bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt64 u && u.bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(bits);
    }
}
