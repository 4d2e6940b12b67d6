package io.migsh.runtime;

/** System.SByte: a signed byte (CLIXML &lt;SB&gt;); Java's Byte stands for .NET's unsigned System.Byte. */
@DotNetName("System.SByte")
public final class SByte extends DotNetInteger {
    private static final long serialVersionUID = 1L;

    private SByte(long value) {
        super(value, -128, 127, "SByte");
    }

    /** The value; fails with .NET's overflow text when it is outside the type's range. */
    public static SByte of(long value) {
        return new SByte(value);
    }
}
