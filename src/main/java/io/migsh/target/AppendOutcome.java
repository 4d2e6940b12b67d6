package io.migsh.target;

/**
 * The result of appending one message: its reference in the target (IMAP "uidvalidity:uid", Maildir base file
 * name; null when the target cannot tell) or the target's rejection text.
 */
public record AppendOutcome(String ref, String rejection) {
    public static AppendOutcome appended(String ref) {
        return new AppendOutcome(ref, null);
    }

    public static AppendOutcome rejected(String text) {
        return new AppendOutcome(null, text);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
