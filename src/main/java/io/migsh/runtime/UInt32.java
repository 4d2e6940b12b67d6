package io.migsh.runtime;

/** System.UInt32: an unsigned 32-bit integer (CLIXML &lt;U32&gt;, e.g. TLS registry values). */
@DotNetName("System.UInt32")
public final class UInt32 extends Number implements Comparable<UInt32> {
    private static final long serialVersionUID = 1L;
    private final long value;

    private UInt32(long value) {
        this.value = value;
    }

    /** The value; fails with .NET's overflow text when it is outside the type's range. */
    public static UInt32 of(long value) {
        if (value < 0 || value > 4294967295L) {
            throw PsException.invalidArgument("Value was either too large or too small for a UInt32.", "Overflow", value);
        }
        return new UInt32((long) value);
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int compareTo(UInt32 o) {
        return Long.compare(value, o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt32 u && u.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
