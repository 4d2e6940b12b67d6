package io.migsh.runtime;

/** System.SByte: a signed byte (CLIXML &lt;SB&gt;); Java's Byte stands for .NET's unsigned System.Byte. */
@DotNetName("System.SByte")
public final class SByte extends Number implements Comparable<SByte> {
    private static final long serialVersionUID = 1L;
    private final byte value;

    private SByte(byte value) {
        this.value = value;
    }

    /** The value; fails with .NET's overflow text when it is outside the type's range. */
    public static SByte of(long value) {
        if (value < -128 || value > 127) {
            throw PsException.invalidArgument("Value was either too large or too small for a SByte.", "Overflow", value);
        }
        return new SByte((byte) value);
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
    public int compareTo(SByte o) {
        return Long.compare(value, o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SByte u && u.value == value;
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
