package io.migsh.clixml;

import io.migsh.runtime.DotNetName;

/** System.Version (CLIXML &lt;Version&gt;): two to four dotted numbers, kept as their text, e.g. 15.2.986.5. */
@DotNetName("System.Version")
public record DotNetVersion(String text) {
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("\\d+\\.\\d+(\\.\\d+){0,2}");

    /** Parses "major.minor[.build[.revision]]"; fails on anything else, as System.Version.Parse does. */
    public static DotNetVersion parse(String s) {
        String t = s.trim();
        if (!FORM.matcher(t).matches()) throw new NumberFormatException(s);
        return new DotNetVersion(t);
    }

    @Override
    public String toString() {
        return text;
    }
}
