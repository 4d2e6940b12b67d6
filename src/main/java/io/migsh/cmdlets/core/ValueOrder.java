package io.migsh.cmdlets.core;

import io.migsh.runtime.LanguagePrimitives;

/** The order Sort-Object and Group-Object use: nulls first, PowerShell comparison, text when types do not compare. */
final class ValueOrder {
    private ValueOrder() {}

    static int compare(Object a, Object b, boolean caseSensitive) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        try {
            return LanguagePrimitives.compare(a, b, !caseSensitive);
        } catch (RuntimeException e) {
            return LanguagePrimitives.toText(a).compareToIgnoreCase(LanguagePrimitives.toText(b));
        }
    }
}
