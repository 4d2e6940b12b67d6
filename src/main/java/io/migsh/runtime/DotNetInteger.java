package io.migsh.runtime;

/**
 * A .NET integer type Java has no class for (SByte, UInt16, UInt32): a long held within the type's range, so that
 * CLIXML gives the value back with its own tag and arithmetic treats it as the number it is.
 */
public abstract class DotNetInteger extends Number implements Comparable<DotNetInteger> {
    private static final long serialVersionUID = 1L;
    private final long value;

    /** Fails with .NET's overflow text when {@code value} is outside {@code min..max}. */
    protected DotNetInteger(long value, long min, long max, String typeName) {
        if (value < min || value > max) {
            throw PsException.invalidArgument("Value was either too large or too small for a " + typeName + ".",
                    "Overflow", value);
        }
        this.value = value;
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
    public int compareTo(DotNetInteger o) {
        return Long.compare(value, o.value);
    }

    /** Equal to the same type with the same value: a UInt16 5 is not a UInt32 5, as in .NET's Equals. */
    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((DotNetInteger) o).value == value;
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
