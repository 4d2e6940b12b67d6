package io.migsh.imap.client;

/** Splits the text of a server response into its bracketed response code (RFC 3501 section 7.1) and the rest. */
public final class ServerText {
    private ServerText() {
    }

    /** "[AUTHENTICATIONFAILED] Authentication failed." → {"AUTHENTICATIONFAILED", "Authentication failed."}. */
    public static String[] split(String rest) {
        String s = rest == null ? "" : rest.trim();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end > 0) {
                return new String[] {s.substring(1, end).trim(), s.substring(end + 1).trim()};
            }
        }
        return new String[] {"", s};
    }
}
