package io.migsh.lang.ast;

import io.migsh.lang.lexer.Extent;

/**
 * A redirection (about_Redirection): stream "1", "2".."6" or "*"; to a file ({@code target}) or merged into another
 * stream ({@code mergeTo}, e.g. 2&gt;&amp;1).
 */
public record Redirection(Extent extent, String stream, boolean append, Expression target, String mergeTo)
        implements Ast {}
