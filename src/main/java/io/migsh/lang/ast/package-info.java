/** The syntax tree: immutable records under sealed interfaces, each with the span of text it came from. */
package io.migsh.lang.ast;
