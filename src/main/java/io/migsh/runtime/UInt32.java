package io.migsh.runtime;

/** System.UInt32: an unsigned 32-bit integer (CLIXML &lt;U32&gt;, e.g. TLS registry values). */
@DotNetName("System.UInt32")
public final class UInt32 extends DotNetInteger {
    private static final long serialVersionUID = 1L;

    private UInt32(long value) {
        super(value, 0, 0xFFFFFFFFL, "UInt32");
    }

    /** The value; fails with .NET's overflow text when it is outside the type's range. */
    public static UInt32 of(long value) {
        return new UInt32(value);
    }
}
