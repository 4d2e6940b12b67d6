package io.migsh.repl;

import java.util.Arrays;
import java.util.List;

/**
 * What the word under the cursor is: a command name, a parameter name, a parameter's value, a variable, a member
 * after '.', or a plain argument; with the command and parameter it belongs to, and the words between the command
 * and this one. {@code word} is the whole token under the cursor (with its '-' or '$'), which a completion replaces.
 */
record CompletionContext(Kind kind, String word, int wordStart, String command, String parameter, String target,
        List<String> arguments) {
    enum Kind { COMMAND, PARAMETER, PARAMETER_VALUE, VARIABLE, MEMBER, ARGUMENT }

    /** The name of the command whose segment holds the cursor (the word itself when it is the command), or null. */
    static String commandAt(String buffer, int cursor) {
        int end = Math.min(cursor, buffer.length());
        while (end < buffer.length() && !Character.isWhitespace(buffer.charAt(end))) end++;
        CompletionContext at = of(buffer.substring(0, end));
        String name = at.kind() == Kind.COMMAND ? at.word().replaceFirst("^[&.]", "") : at.command();
        return name == null || name.isEmpty() ? null : name;
    }

    /** Reads the line up to the cursor, tracking quotes and the current pipeline segment. */
    static CompletionContext of(String line) {
        int segment = 0;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '`') {
                i++;
            } else if (c == '|' || c == ';' || c == '{' || c == '(' || c == '\n' || c == '}' || c == ')') {
                segment = i + 1;
            }
        }
        int start = line.length();
        while (start > segment && !Character.isWhitespace(line.charAt(start - 1))) start--;
        String word = line.substring(start);
        String before = line.substring(segment, start).trim();
        if (before.equals("&") || before.equals(".")) before = ""; // the call operators: a command name follows
        String[] words = before.isEmpty() ? new String[0] : before.split("\\s+");
        String command = words.length == 0 ? null : words[0].replaceFirst("^[&.]", "");
        List<String> arguments = words.length < 2 ? List.of() : Arrays.asList(words).subList(1, words.length);
        if (word.startsWith("$")) {
            int dot = word.lastIndexOf('.');
            if (dot > 0) {
                return new CompletionContext(Kind.MEMBER, word, start, command, null, word.substring(1, dot), arguments);
            }
            return new CompletionContext(Kind.VARIABLE, word, start, command, null, null, arguments);
        }
        if (command == null) return new CompletionContext(Kind.COMMAND, word, start, null, null, null, arguments);
        if (word.startsWith("-") && !word.matches("-\\d.*")) {
            return new CompletionContext(Kind.PARAMETER, word, start, command, null, null, arguments);
        }
        String previous = words.length > 1 ? words[words.length - 1] : null;
        if (previous != null && previous.startsWith("-") && !previous.contains(":")) {
            return new CompletionContext(Kind.PARAMETER_VALUE, word, start, command, previous.substring(1), null,
                    arguments);
        }
        return new CompletionContext(Kind.ARGUMENT, word, start, command, null, null, arguments);
    }
}
