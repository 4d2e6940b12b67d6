package io.migsh.repl;

import java.util.List;
import java.util.Map;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.impl.CompletionMatcherImpl;

/**
 * Keeps every candidate the completer offers: it has already matched them as PowerShell does (case-insensitive,
 * wildcards, quoted values), which JLine's own prefix and typo matching would undo.
 */
final class CompletionFilter extends CompletionMatcherImpl {
    @Override
    protected void defaultMatchers(Map<LineReader.Option, Boolean> options, boolean prefix, CompletingParsedLine line,
            boolean caseInsensitive, int errors, String originalGroupName) {
        String word = line.word();
        matchers = List.of(simpleMatcher(candidate -> true));
        exact = candidate -> candidate.equalsIgnoreCase(word);
    }
}
