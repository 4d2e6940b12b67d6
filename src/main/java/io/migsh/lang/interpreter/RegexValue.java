package io.migsh.lang.interpreter;

import io.migsh.runtime.DotNetName;
import java.util.regex.Pattern;

/** A [regex] object: the pattern as written and its compiled form (case-sensitive, as .NET's default). */
@DotNetName("System.Text.RegularExpressions.Regex")
public record RegexValue(String source, Pattern pattern) {
    public static RegexValue of(String source, boolean ignoreCase) {
        return new RegexValue(source, RegexOps.compile(source, ignoreCase));
    }

    @Override
    public String toString() {
        return source;
    }
}
