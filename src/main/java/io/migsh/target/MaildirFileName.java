package io.migsh.target;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Names of message files in a Maildir as Dovecot writes and reads them: {@code <base>,S=<size>,W=<vsize>:2,<flags>}.
 * The flags after ":2," are the Maildir letters in ASCII order (D draft, F flagged, P passed, R replied, S seen,
 * T trashed), then Dovecot's keyword letters a..z, whose meaning the folder's dovecot-keywords file gives
 * (Dovecot's Maildir format documentation; cr.yp.to/proto/maildir.html).
 */
public final class MaildirFileName {
    /** The keyword that Maildir readers such as mutt show as the 'P' (passed) flag. */
    public static final String FORWARDED = "$Forwarded";

    private MaildirFileName() {
    }

    /** The full file name for a message file in cur/. */
    public static String of(String base, long size, long virtualSize, String flagLetters) {
        return base + ",S=" + size + ",W=" + virtualSize + ":2," + flagLetters;
    }

    /**
     * The flag letters for a message. Keywords come as the letters {@code keywordLetter} gives; keywords without a
     * letter (more than 26 in one folder) are left out, as Dovecot itself cannot keep them in the file name.
     */
    public static String flagLetters(MessageFlags flags, java.util.function.Function<String, Character> keywordLetter) {
        List<Character> letters = new ArrayList<>();
        if (flags.has(MessageFlags.DRAFT)) letters.add('D');
        if (flags.has(MessageFlags.FLAGGED)) letters.add('F');
        if (flags.keywords().contains(FORWARDED)) letters.add('P');
        if (flags.has(MessageFlags.ANSWERED)) letters.add('R');
        if (flags.has(MessageFlags.SEEN)) letters.add('S');
        if (flags.has(MessageFlags.DELETED)) letters.add('T');
        List<Character> keywordLetters = new ArrayList<>();
        for (String k : flags.keywords()) {
            Character c = keywordLetter.apply(k);
            if (c != null && !keywordLetters.contains(c)) {
                keywordLetters.add(c);
            }
        }
        keywordLetters.sort(null);
        letters.addAll(keywordLetters);
        StringBuilder sb = new StringBuilder(letters.size());
        letters.forEach(sb::append);
        return sb.toString();
    }

    /** The base name: everything before the first ',' or ':'. */
    public static String base(String fileName) {
        int end = fileName.length();
        int comma = fileName.indexOf(',');
        int colon = fileName.indexOf(':');
        if (comma >= 0) end = comma;
        if (colon >= 0 && colon < end) end = colon;
        return fileName.substring(0, end);
    }

    /** The flag letters after ":2,", up to a following ',' (Dovecot's extension fields), or "" if none. */
    public static String flagLetters(String fileName) {
        int info = fileName.lastIndexOf(":2,");
        if (info < 0) return "";
        String rest = fileName.substring(info + 3);
        int comma = rest.indexOf(',');
        return comma < 0 ? rest : rest.substring(0, comma);
    }

    /** The S= size field, if present. */
    public static OptionalLong size(String fileName) {
        return field(fileName, ",S=");
    }

    /** The W= virtual (CRLF) size field, if present. */
    public static OptionalLong virtualSize(String fileName) {
        return field(fileName, ",W=");
    }

    private static OptionalLong field(String fileName, String key) {
        int colon = fileName.indexOf(':');
        String head = colon < 0 ? fileName : fileName.substring(0, colon);
        int at = head.indexOf(key);
        if (at < 0) return OptionalLong.empty();
        int start = at + key.length();
        int end = start;
        while (end < head.length() && Character.isDigit(head.charAt(end))) end++;
        return end == start ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(head.substring(start, end)));
    }

    /** Replaces the flags part of a file name. */
    public static String withFlags(String fileName, String flagLetters) {
        int info = fileName.lastIndexOf(":2,");
        String head = info < 0 ? fileName : fileName.substring(0, info);
        return head + ":2," + flagLetters;
    }
}
