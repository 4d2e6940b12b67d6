package io.migsh.runtime;

import java.util.StringJoiner;

/** The "@{a=1; b=2}" text PowerShell gives a PSCustomObject when it is turned into a string. */
final class HashtableText {
    private HashtableText() {}

    static String of(PsObject o) {
        StringJoiner j = new StringJoiner("; ", "@{", "}");
        for (PsProperty p : o.properties()) j.add(p.name() + "=" + LanguagePrimitives.toText(p.value()));
        return j.toString();
    }
}
