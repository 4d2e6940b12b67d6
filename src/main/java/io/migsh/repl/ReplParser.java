package io.migsh.repl;

import java.util.List;
import java.util.function.Predicate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine where a line is unfinished (open brace, quote, here-string, trailing pipe or backtick), so Enter shows
 * the {@code >> } prompt, and which token the cursor is in, so completion replaces exactly that token.
 */
final class ReplParser implements Parser {
    private final Predicate<String> incomplete;

    ReplParser(Predicate<String> incomplete) {
        this.incomplete = incomplete;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && incomplete.test(line)) {
            throw new EOFError(-1, -1, "Incomplete input", "");
        }
        int start = CompletionContext.of(line.substring(0, cursor)).wordStart();
        return new Token(line, cursor, start);
    }

    /** The token under the cursor as the whole word JLine completes. */
    private record Token(String line, int cursor, int start) implements CompletingParsedLine {
        @Override
        public String word() {
            return line.substring(start, cursor);
        }

        @Override
        public int wordCursor() {
            return cursor - start;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return cursor - start;
        }
    }
}
