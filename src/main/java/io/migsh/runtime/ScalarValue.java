package io.migsh.runtime;

/**
 * A value that prints as its text, on its own line and in a cell, as strings and numbers do: Exchange Online's
 * sizes and limits reach PowerShell as the text {@code 35 MB (36,700,160 bytes)} or {@code Unlimited}, not as an
 * object with properties. The text is {@link Object#toString()}.
 */
public interface ScalarValue {}
