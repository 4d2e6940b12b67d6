package io.migsh.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a cmdlet field as a parameter. A primitive {@code boolean} field is a switch; every other type takes an
 * argument and is converted with PowerShell's rules.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Parameter {
    /** The parameter name; defaults to the field name with its first letter upper-cased. */
    String name() default "";

    int position() default -1;

    boolean mandatory() default false;

    String[] aliases() default {};

    /** Parameter sets this parameter belongs to; empty means all sets. */
    String[] sets() default {};

    boolean valueFromPipeline() default false;

    boolean valueFromPipelineByPropertyName() default false;

    boolean valueFromRemainingArguments() default false;

    /** ValidateSet: the accepted values (case-insensitive); also what Tab completes. */
    String[] validateSet() default {};

    boolean validateNotNullOrEmpty() default false;

    /** AllowNull: a mandatory parameter that takes $null (others refuse it, as PowerShell's binder does). */
    boolean allowNull() default false;

    /** AllowEmptyString: a mandatory string parameter that takes '' (and $null, which a string binds as ''). */
    boolean allowEmptyString() default false;

    /** ValidateRange: the least and the greatest value accepted, both included; empty for no range. */
    long[] validateRange() default {};

    String helpMessage() default "";

    /** The kind of value, for completion: "path", "batch", "endpoint", "mailbox", "migrationuser", ... */
    String completion() default "";
}
