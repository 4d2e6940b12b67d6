/**
 * Runs the syntax tree: scopes and variables, operators and conversions, members and methods of values, statements,
 * pipelines of commands, and functions and script blocks as commands bound by the shared parameter binder.
 */
package io.migsh.lang.interpreter;
