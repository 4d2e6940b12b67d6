package io.migsh.lang.interpreter;

/**
 * "Nothing at all", as opposed to $null: what [void], a void method and an empty command pipeline produce. A
 * statement that yields it writes nothing; used as a value it is $null.
 */
public enum AutomationNull {
    VALUE;

    public static Object normalize(Object v) {
        return v == VALUE ? null : v;
    }
}
