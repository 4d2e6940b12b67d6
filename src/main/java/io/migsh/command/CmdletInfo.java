package io.migsh.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares a cmdlet class: its Verb-Noun name, aliases, and whether it changes state (-WhatIf / -Confirm). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CmdletInfo {
    String verb();

    String noun();

    String[] aliases() default {};

    /** True for cmdlets that change state: they get -WhatIf and -Confirm and call shouldProcess. */
    boolean supportsShouldProcess() default false;

    /** High asks for confirmation by default ($ConfirmPreference is High), as Remove/Stop/Complete verbs do. */
    ConfirmImpact confirmImpact() default ConfirmImpact.Medium;

    String defaultParameterSet() default "";

    /** The .NET type names of what the cmdlet writes, for Get-Help and Get-Command's OutputType. */
    String[] outputType() default {};
}
