package io.migsh.runtime;

/** System.UInt16: an unsigned 16-bit integer (CLIXML &lt;U16&gt;); Java has no unsigned types. */
@DotNetName("System.UInt16")
public final class UInt16 extends Number implements Comparable<UInt16> {
    private static final long serialVersionUID = 1L;
    private final int value;

    private UInt16(int value) {
        this.value = value;
    }

    /** The value; fails with .NET's overflow text when it is outside the type's range. */
    public static UInt16 of(long value) {
        if (value < 0 || value > 65535) {
            throw PsException.invalidArgument("Value was either too large or too small for a UInt16.", "Overflow", value);
        }
        return new UInt16((int) value);
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
    public int compareTo(UInt16 o) {
        return Long.compare(value, o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt16 u && u.value == value;
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
