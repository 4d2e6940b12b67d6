/** Tokens to the syntax tree, one method per grammar rule, with PowerShell's parse error ids and messages. */
package io.migsh.lang.parser;
