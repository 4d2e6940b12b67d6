package io.migsh.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A transcript: {@code PS> } input lines ({@code >> } continues one), each followed by the exact console output,
 * then optional fixture files introduced by {@code -- name --} lines, or copied byte for byte from a file of the
 * project by {@code -- name -- from path} (for real files too large, or too particular in their bytes, to inline).
 * Lines starting with '#' before the first prompt are a title.
 */
record SessionFile(List<Step> steps, Map<String, String> files, Map<String, String> copies) {
    /** One command as typed and the text it must print. */
    record Step(String input, String expected, int line) {}

    private static final java.util.regex.Pattern COPY = java.util.regex.Pattern.compile("^-- (.+) -- from (.+)$");

    static SessionFile parse(String text) {
        List<Step> steps = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> copies = new LinkedHashMap<>();
        String normal = text.replace("\r\n", "\n");
        if (normal.endsWith("\n")) normal = normal.substring(0, normal.length() - 1);
        String[] lines = normal.split("\n", -1);
        StringBuilder input = null;
        StringBuilder output = new StringBuilder();
        int start = 0;
        String file = null;
        StringBuilder fileText = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            java.util.regex.Matcher copy = COPY.matcher(line);
            if (copy.matches()) {
                if (file != null) files.put(file, fileText.toString());
                else if (input != null) steps.add(new Step(input.toString(), output.toString(), start));
                input = null;
                file = null;
                copies.put(copy.group(1), copy.group(2));
            } else if (line.matches("^-- .+ --$")) {
                if (file != null) files.put(file, fileText.toString());
                else if (input != null) steps.add(new Step(input.toString(), output.toString(), start));
                input = null;
                file = line.substring(3, line.length() - 3);
                fileText.setLength(0);
            } else if (file != null) {
                fileText.append(line).append('\n');
            } else if (line.startsWith("PS> ")) {
                if (input != null) steps.add(new Step(input.toString(), output.toString(), start));
                input = new StringBuilder(line.substring(4));
                output.setLength(0);
                start = i + 1;
            } else if (line.startsWith(">> ") && input != null && output.length() == 0) {
                input.append('\n').append(line.substring(3));
            } else if (line.equals(">>") && input != null && output.length() == 0) {
                input.append('\n');
            } else if (input != null) {
                output.append(line).append('\n');
            }
        }
        if (file != null) files.put(file, fileText.toString());
        else if (input != null) steps.add(new Step(input.toString(), output.toString(), start));
        return new SessionFile(steps, files, copies);
    }
}
