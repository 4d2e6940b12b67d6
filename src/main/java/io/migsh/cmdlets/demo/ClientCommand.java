package io.migsh.cmdlets.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A client's command as the demo server's front reads it (RFC 3501 section 9): the tag, the command's name (two
 * words for UID commands, upper case) and its arguments: atoms, quoted strings (unquoted here) and parenthesised
 * lists kept as they were written. Literals come inlined as quoted strings.
 */
record ClientCommand(String tag, String name, List<String> args) {
    static ClientCommand parse(String line) {
        List<String> tokens = tokens(line.strip());
        if (tokens.size() < 2) return new ClientCommand(tokens.isEmpty() ? "" : tokens.get(0), "", List.of());
        String name = tokens.get(1).toUpperCase(Locale.ROOT);
        int first = 2;
        if (name.equals("UID") && tokens.size() > 2) {
            name += " " + tokens.get(2).toUpperCase(Locale.ROOT);
            first = 3;
        }
        return new ClientCommand(tokens.get(0), name, List.copyOf(tokens.subList(first, tokens.size())));
    }

    String arg(int i) {
        return i < args.size() ? args.get(i) : "";
    }

    /** The arguments from {@code from} on, as written (a FETCH's data items). */
    String rest(int from) {
        return from >= args.size() ? "" : String.join(" ", args.subList(from, args.size()));
    }

    /** A string as a quoted string (RFC 3501 section 4.3), to stand in for a literal with the same content. */
    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '"') {
                StringBuilder t = new StringBuilder();
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < s.length()) i++;
                    t.append(s.charAt(i++));
                }
                out.add(t.toString());
                i++;
            } else {
                // An atom or a list: up to a space outside brackets and parentheses, quoted strings skipped whole.
                int start = i;
                int depth = 0;
                while (i < s.length() && (depth > 0 || s.charAt(i) != ' ')) {
                    char d = s.charAt(i);
                    if (d == '(' || d == '[') depth++;
                    else if (d == ')' || d == ']') depth--;
                    else if (d == '"') i = s.indexOf('"', i + 1) < 0 ? s.length() - 1 : s.indexOf('"', i + 1);
                    i++;
                }
                out.add(s.substring(start, Math.min(i, s.length())));
            }
        }
        return out;
    }
}
