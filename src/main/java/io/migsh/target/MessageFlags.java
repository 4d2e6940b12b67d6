package io.migsh.target;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The flags of one message: the IMAP system flags and the keywords (RFC 3501 section 2.3.2). \Recent is never kept,
 * because no client can set it (RFC 3501: "This flag can not be altered by the client").
 */
public final class MessageFlags {
    public static final MessageFlags NONE = new MessageFlags(0, List.of());

    public static final int SEEN = 1;
    public static final int ANSWERED = 2;
    public static final int FLAGGED = 4;
    public static final int DELETED = 8;
    public static final int DRAFT = 16;

    private static final String[] SYSTEM_NAMES = {"\\Seen", "\\Answered", "\\Flagged", "\\Deleted", "\\Draft"};

    private final int system;
    private final List<String> keywords;

    private MessageFlags(int system, List<String> keywords) {
        this.system = system;
        this.keywords = keywords;
    }

    public static MessageFlags of(int systemFlags, Collection<String> keywords) {
        Set<String> kept = new LinkedHashSet<>();
        for (String k : keywords) {
            if (k != null && !k.isEmpty() && !k.startsWith("\\")) {
                kept.add(k);
            }
        }
        List<String> sorted = new ArrayList<>(kept);
        Collections.sort(sorted);
        return new MessageFlags(systemFlags & 31, List.copyOf(sorted));
    }

    /** Parses flag names as IMAP sends them ("\Seen", "$Label1"); system flags are case-insensitive. */
    public static MessageFlags parse(Collection<String> names) {
        int sys = 0;
        List<String> kw = new ArrayList<>();
        for (String n : names) {
            if (n.startsWith("\\")) {
                sys |= systemBit(n);
            } else if (!n.isBlank()) {
                kw.add(n);
            }
        }
        return of(sys, kw);
    }

    /** Parses a space-separated list, with or without the surrounding parentheses. */
    public static MessageFlags parse(String list) {
        String s = list.trim();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isBlank() ? NONE : parse(List.of(s.trim().split("\\s+")));
    }

    private static int systemBit(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < SYSTEM_NAMES.length; i++) {
            if (SYSTEM_NAMES[i].toLowerCase(Locale.ROOT).equals(lower)) {
                return 1 << i;
            }
        }
        return 0; // \Recent and unknown system flags are not carried
    }

    public boolean has(int systemFlag) {
        return (system & systemFlag) != 0;
    }

    public int systemFlags() {
        return system;
    }

    public List<String> keywords() {
        return keywords;
    }

    public boolean isEmpty() {
        return system == 0 && keywords.isEmpty();
    }

    /** All flag names, system flags first, as they go into an APPEND or STORE flag list. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < SYSTEM_NAMES.length; i++) {
            if ((system & (1 << i)) != 0) {
                out.add(SYSTEM_NAMES[i]);
            }
        }
        out.addAll(keywords);
        return out;
    }

    /** The parenthesized IMAP flag list, e.g. "(\Seen \Flagged $Label1)". */
    public String toImapList() {
        return "(" + String.join(" ", names()) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageFlags f && f.system == system && f.keywords.equals(keywords);
    }

    @Override
    public int hashCode() {
        return Objects.hash(system, keywords);
    }

    @Override
    public String toString() {
        return String.join(" ", names());
    }
}
