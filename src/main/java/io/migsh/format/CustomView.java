package io.migsh.format;

import java.util.function.Function;

/** A custom view (format.ps1xml CustomControl): the object becomes lines of text, like a DateTime's long form. */
public record CustomView(Function<Object, String> text) implements ViewDefinition {}
