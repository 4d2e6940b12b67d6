package io.migsh.runtime;

/** System.UInt16: an unsigned 16-bit integer (CLIXML &lt;U16&gt;); Java has no unsigned types. */
@DotNetName("System.UInt16")
public final class UInt16 extends DotNetInteger {
    private static final long serialVersionUID = 1L;

    private UInt16(long value) {
        super(value, 0, 0xFFFF, "UInt16");
    }

    /** The value; fails with .NET's overflow text when it is outside the type's range. */
    public static UInt16 of(long value) {
        return new UInt16(value);
    }
}
