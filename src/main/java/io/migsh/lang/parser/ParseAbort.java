package io.migsh.lang.parser;

/** Unwinds the parser after the first syntax error; the error itself is already in the error list. */
final class ParseAbort extends RuntimeException {
    ParseAbort() {
        super(null, null, false, false);
    }
}
