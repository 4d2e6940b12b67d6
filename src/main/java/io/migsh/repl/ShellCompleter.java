package io.migsh.repl;

import io.migsh.command.CommandInfo;
import io.migsh.command.CommandMetadata;
import io.migsh.command.CommandRegistry;
import io.migsh.command.IdentityCompleter;
import io.migsh.command.ParameterMetadata;
import io.migsh.lang.interpreter.MethodNames;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.Members;
import io.migsh.runtime.PsException;
import io.migsh.runtime.WildcardPattern;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion from the live session: command names from the registry, parameter names and values from the
 * command's metadata, identities from the state store, variables and their properties and methods, and file paths.
 */
public final class ShellCompleter implements Completer {
    private final CommandRegistry commands;
    private final ExecutionContext context;

    public ShellCompleter(CommandRegistry commands, ExecutionContext context) {
        this.commands = commands;
        this.context = context;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        int order = 0;
        for (String c : complete(line.line().substring(0, line.cursor()))) {
            // The sort key keeps this order on screen: own parameters before the common ones.
            boolean whole = !c.endsWith("/") && !c.endsWith(".") && !c.endsWith("(");
            candidates.add(new Candidate(c, c, null, null, null, null, whole, order++));
        }
    }

    /** The completions of the last token of {@code text}, as whole replacement tokens, in display order. */
    public List<String> complete(String text) {
        CompletionContext at = CompletionContext.of(text);
        return switch (at.kind()) {
            case COMMAND -> commandNames(at.word());
            case PARAMETER -> parameterNames(at.command(), at.word().substring(1));
            case PARAMETER_VALUE -> parameterValues(at);
            case VARIABLE -> variables(at.word().substring(1));
            case MEMBER -> members(at);
            case ARGUMENT -> positionalValues(at);
        };
    }

    /** Cmdlets, functions and aliases whose name starts with the word, or matches it when it has wildcards. */
    private List<String> commandNames(String prefix) {
        List<String> out = new ArrayList<>();
        String p = prefix.replaceFirst("^[&.]", "");
        WildcardPattern pattern = WildcardPattern.of(p.endsWith("*") ? p : p + "*", false);
        for (CommandInfo c : commands.all()) {
            if (pattern.matches(c.name())) out.add(prefix.substring(0, prefix.length() - p.length()) + c.name());
        }
        if (out.isEmpty() && (prefix.contains("/") || prefix.startsWith("."))) return paths(prefix);
        return out;
    }

    private List<String> parameterNames(String command, String prefix) {
        List<String> own = new ArrayList<>();
        List<String> common = new ArrayList<>();
        Optional<CommandInfo> c = commands.find(command);
        if (c.isEmpty()) return paths("-" + prefix);
        for (ParameterMetadata p : c.get().metadata().parameters()) {
            if (!p.name().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) continue;
            (p.common() ? common : own).add("-" + p.name());
        }
        own.addAll(common);
        return own;
    }

    private List<String> parameterValues(CompletionContext at) {
        Optional<ParameterMetadata> p = parameter(at.command(), at.parameter());
        if (p.isPresent() && p.get().isSwitch()) return positionalValues(at);
        return valuesOf(p, at.word());
    }

    /** A bare argument: the value of the positional parameter it binds to, else a path. */
    private List<String> positionalValues(CompletionContext at) {
        Optional<CommandInfo> c = commands.find(at.command());
        if (c.isEmpty()) return at.word().startsWith("$") ? variables(at.word().substring(1)) : paths(at.word());
        int position = 0;
        List<String> args = at.arguments();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("-") && !a.matches("-\\d.*")) {
                Optional<ParameterMetadata> named = parameter(at.command(), a.substring(1));
                if (!a.contains(":") && named.isPresent() && !named.get().isSwitch()) i++;
            } else {
                position++;
            }
        }
        int wanted = position;
        Optional<ParameterMetadata> p = c.get().metadata().parameters().stream()
                .filter(m -> m.position() == wanted).findFirst();
        return valuesOf(p, at.word());
    }

    private Optional<ParameterMetadata> parameter(String command, String name) {
        Optional<CommandInfo> c = commands.find(command);
        if (c.isEmpty() || name == null) return Optional.empty();
        CommandMetadata m = c.get().metadata();
        Optional<ParameterMetadata> exact = m.parameter(name);
        if (exact.isPresent()) return exact;
        List<ParameterMetadata> byPrefix = m.parameters().stream().filter(x -> x.hasPrefix(name)).toList();
        return byPrefix.size() == 1 ? Optional.of(byPrefix.get(0)) : Optional.empty();
    }

    /**
     * What a parameter takes: its ValidateSet, its enum's names, $true/$false, the identities of existing objects,
     * or a path; a word starting with '$' is a variable whatever the parameter.
     */
    private List<String> valuesOf(Optional<ParameterMetadata> parameter, String word) {
        boolean bool = parameter.isPresent() && !parameter.get().isSwitch() && parameter.get().type() == Boolean.class;
        if (word.startsWith("$") && !bool) return variables(word.substring(1));
        if (parameter.isEmpty() || parameter.get().isSwitch()) return paths(word);
        ParameterMetadata m = parameter.get();
        List<String> values = new ArrayList<>();
        if (bool) {
            values.add("$true");
            values.add("$false");
        } else if (!m.validateSet().isEmpty()) {
            values.addAll(m.validateSet());
        } else if (m.type().isEnum()) {
            for (Object e : m.type().getEnumConstants()) values.add(((Enum<?>) e).name());
        } else if (!m.completion().isEmpty() && !m.completion().equals("path")) {
            IdentityCompleter identities = context.serviceOrNull(IdentityCompleter.class);
            if (identities != null) values.addAll(identities.complete(m.completion(), unquoted(word)));
            return quoted(values);
        } else {
            return paths(word);
        }
        String prefix = unquoted(word).toLowerCase(Locale.ROOT);
        return values.stream().filter(v -> v.toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
    }

    private List<String> variables(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        return context.variables().visible().keySet().stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).startsWith(p)).sorted(String.CASE_INSENSITIVE_ORDER)
                .map(n -> "$" + n).distinct().toList();
    }

    private List<String> members(CompletionContext at) {
        String[] path = at.target().split("\\.");
        Object value = context.variables().get(path[0]);
        for (int i = 1; i < path.length && value != null; i++) value = Members.get(value, path[i]);
        if (value == null) return List.of();
        String head = at.word().substring(0, at.word().lastIndexOf('.') + 1);
        String prefix = at.word().substring(head.length()).toLowerCase(Locale.ROOT);
        Object sample = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
        List<String> out = new ArrayList<>();
        for (String n : Members.propertyNames(sample)) {
            if (n.toLowerCase(Locale.ROOT).startsWith(prefix)) out.add(head + n);
        }
        // Methods after the properties, with the opening parenthesis, as PowerShell completes them.
        for (String n : MethodNames.of(value)) {
            if (n.toLowerCase(Locale.ROOT).startsWith(prefix)) out.add(head + n + "(");
        }
        return out;
    }

    private List<String> paths(String word) {
        String w = unquoted(word);
        int slash = w.lastIndexOf('/');
        String dirPart = slash >= 0 ? w.substring(0, slash + 1) : "";
        String prefix = w.substring(slash + 1).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Path dir;
        try {
            dir = dirPart.isEmpty() ? context.location() : context.resolvePath(dirPart);
        } catch (PsException noSuchDrive) {
            return out;
        }
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path e : entries) {
                String name = e.getFileName().toString();
                if (!name.toLowerCase(Locale.ROOT).startsWith(prefix)) continue;
                if (name.startsWith(".") && !prefix.startsWith(".")) continue;
                out.add(dirPart + name + (Files.isDirectory(e) ? "/" : ""));
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(String.CASE_INSENSITIVE_ORDER);
        return quoted(out);
    }

    private static String unquoted(String w) {
        return w.startsWith("'") || w.startsWith("\"") ? w.substring(1) : w;
    }

    /** Values with spaces are quoted, as PowerShell's completion does. */
    private static List<String> quoted(List<String> values) {
        return values.stream().map(v -> v.contains(" ") ? "'" + v.replace("'", "''") + "'" : v).toList();
    }
}
