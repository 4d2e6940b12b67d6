/** Script text to tokens, in the statement, command-argument and expression modes PowerShell reads text in. */
package io.migsh.lang.lexer;
