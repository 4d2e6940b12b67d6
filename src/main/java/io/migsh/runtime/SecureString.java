package io.migsh.runtime;

import java.util.Arrays;

/** A password held outside ordinary strings: it prints as its type name and is never exported in clear. */
@DotNetName("System.Security.SecureString")
public final class SecureString {
    private final char[] chars;

    public SecureString(char[] chars) {
        this.chars = chars.clone();
    }

    /** The clear text, for the code that must send it (a LOGIN command, an encrypted store). */
    public char[] reveal() {
        return chars.clone();
    }

    public int length() {
        return chars.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecureString s && Arrays.equals(s.chars, chars);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(chars);
    }

    @Override
    public String toString() {
        return "System.Security.SecureString";
    }
}
