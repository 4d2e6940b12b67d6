package io.migsh.lang.interpreter;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One scope of the chain (about_Scopes): global, a script's, a function's or a script block's. Lookups walk to the
 * parent, which is the caller's scope (PowerShell scopes are dynamic).
 */
public final class Scope {
    /** What created the scope: $script: refers to the nearest SCRIPT scope (or the global one). */
    public enum Kind { GLOBAL, SCRIPT, FUNCTION, LOCAL }

    private final Scope parent;
    private final Kind kind;
    private final Map<String, Variable> variables = new HashMap<>();
    private final Map<String, FunctionInfo> functions = new LinkedHashMap<>();

    public Scope(Scope parent, Kind kind) {
        this.parent = parent;
        this.kind = kind;
    }

    public Scope parent() {
        return parent;
    }

    public Kind kind() {
        return kind;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The variable in this scope only; the key is the lower-case name. */
    public Variable local(String key) {
        return variables.get(key);
    }

    /** The variable in this scope or the nearest parent that has it. */
    public Variable lookup(String key) {
        for (Scope s = this; s != null; s = s.parent) {
            Variable v = s.variables.get(key);
            if (v != null) return v;
        }
        return null;
    }

    /** Sets (or creates) a variable in this scope. */
    public void set(String name, Object value) {
        String k = key(name);
        Variable v = variables.get(k);
        if (v == null) variables.put(k, new Variable(name, value, false));
        else v.value(value);
    }

    public void define(Variable v) {
        variables.put(key(v.name()), v);
    }

    public boolean remove(String name) {
        return variables.remove(key(name)) != null;
    }

    public Map<String, Variable> variables() {
        return variables;
    }

    public FunctionInfo function(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            FunctionInfo f = s.functions.get(key(name));
            if (f != null) return f;
        }
        return null;
    }

    public void defineFunction(FunctionInfo f) {
        functions.put(key(f.name()), f);
    }

    /** The nearest scope of the kind, or the global scope. */
    public Scope nearest(Kind k) {
        Scope s = this;
        while (s.kind != k && s.parent != null) s = s.parent;
        return s;
    }

    public Scope global() {
        Scope s = this;
        while (s.parent != null) s = s.parent;
        return s;
    }
}
