package io.migsh.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The .NET type name a Java type shows as (Get-Member, -is, CLIXML &lt;TN&gt;), most derived first. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DotNetName {
    String[] value();
}
