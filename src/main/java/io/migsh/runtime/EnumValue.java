package io.migsh.runtime;

/**
 * A Java enum whose .NET counterpart gives its members explicit values (RecipientTypeDetails.MailUser = 128):
 * CLIXML writes this value, and ConvertTo-Json prints it, instead of the ordinal.
 */
public interface EnumValue {
    /** The member's numeric value in .NET. */
    long value();

    /** True when the .NET enum's underlying type is Int64 (CLIXML &lt;I64&gt;) rather than Int32. */
    default boolean isInt64() {
        return false;
    }
}
