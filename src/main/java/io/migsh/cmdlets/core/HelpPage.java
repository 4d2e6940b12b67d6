package io.migsh.cmdlets.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command's help page from {@code cmdlets/<Verb-Noun>/about.md} (sections "## Synopsis", "## Description",
 * "## Parameters" with "### -Name" entries, "## Notes") and its examples {@code examples/1.session, 2.session, ...}.
 */
public record HelpPage(String synopsis, String description, Map<String, String> parameters, String notes,
        List<String> examples) {

    /** The page of a command, or null when it has none. */
    public static HelpPage load(String command) {
        String about = resource("cmdlets/" + command + "/about.md");
        if (about == null) return null;
        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        String section = "";
        String parameter = null;
        StringBuilder text = new StringBuilder();
        for (String line : about.split("\r?\n", -1)) {
            if (line.startsWith("## ") || line.startsWith("### ")) {
                store(sections, parameters, section, parameter, text);
                text.setLength(0);
                if (line.startsWith("### ")) {
                    parameter = line.substring(4).trim().replaceFirst("^-", "");
                } else {
                    section = line.substring(3).trim().toLowerCase(Locale.ROOT);
                    parameter = null;
                }
            } else if (!line.startsWith("# ")) {
                text.append(line).append('\n');
            }
        }
        store(sections, parameters, section, parameter, text);
        List<String> examples = new ArrayList<>();
        for (int i = 1; ; i++) {
            String example = resource("cmdlets/" + command + "/examples/" + i + ".session");
            if (example == null) break;
            examples.add(example);
        }
        return new HelpPage(sections.getOrDefault("synopsis", ""), sections.getOrDefault("description", ""),
                parameters, sections.getOrDefault("notes", ""), examples);
    }

    private static void store(Map<String, String> sections, Map<String, String> parameters, String section,
            String parameter, StringBuilder text) {
        String body = plain(text.toString().strip());
        if (parameter != null) parameters.put(parameter.toLowerCase(Locale.ROOT), body);
        else if (!section.isEmpty()) sections.put(section, body);
    }

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1", Pattern.DOTALL);

    /** The page as the console shows it: markdown code spans lose their backticks, which are not PowerShell's. */
    static String plain(String markdown) {
        return CODE_SPAN.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(2).strip()));
    }

    private static String resource(String path) {
        try (InputStream in = HelpPage.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    public String parameter(String name) {
        return parameters.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
}
