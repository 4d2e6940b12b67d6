/**
 * The shell language: {@link io.migsh.lang.Interpreter} parses and runs command lines and script files; the work is
 * done by the lexer, parser, AST and interpreter subpackages, in that order.
 */
package io.migsh.lang;
