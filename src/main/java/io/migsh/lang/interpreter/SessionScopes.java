package io.migsh.lang.interpreter;

import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SessionState;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scope chain as cmdlets and the language see it (about_Scopes): $global:, $script:, $local: and $private:
 * prefixes, $env: over an overlay of the process environment, and the automatic variables of the global scope.
 */
public final class SessionScopes implements SessionState {
    private final Scope global = new Scope(null, Scope.Kind.GLOBAL);
    private final Map<String, String> environment = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Scope current = global;
    private ExecutionContext context;
    private boolean lastSucceeded = true;

    public SessionScopes() {
        environment.putAll(System.getenv());
        AutomaticVariables.define(global);
    }

    /** Gives the scopes the context they belong to (for $PWD); called once the context exists. */
    public void attach(ExecutionContext ctx) {
        this.context = ctx;
    }

    public Scope global() {
        return global;
    }

    public Scope current() {
        return current;
    }

    /** Makes a scope current and returns the one it replaces, for {@link #restore}. */
    public Scope enter(Scope s) {
        Scope previous = current;
        current = s;
        return previous;
    }

    public void restore(Scope previous) {
        current = previous;
    }

    /** $? : whether the last statement succeeded. */
    public void succeeded(boolean ok) {
        lastSucceeded = ok;
    }

    /** The process environment as $env: shows it (an overlay: changes stay inside the shell). */
    public Map<String, String> environment() {
        return environment;
    }

    /** Reads a variable given its scope prefix (lower case, or null) and lower-case name. */
    public Object read(String scope, String key) {
        if (scope == null || scope.equals("variable")) {
            Variable v = current.lookup(key);
            if (v != null) return v.value();
            return dynamic(key);
        }
        switch (scope) {
            case "env":
                return environment.get(key);
            case "global":
                return valueOf(global.lookup(key), key);
            case "script":
                return valueOf(current.nearest(Scope.Kind.SCRIPT).lookup(key), key);
            case "local":
            case "private":
                return valueOf(current.local(key), key);
            default:
                return null;
        }
    }

    private Object valueOf(Variable v, String key) {
        return v != null ? v.value() : dynamic(key);
    }

    /** Automatic variables computed on read. */
    private Object dynamic(String key) {
        switch (key) {
            case "psitem":
                Variable u = current.lookup("_");
                return u == null ? null : u.value();
            case "?":
                return lastSucceeded;
            case "pwd":
                if (context == null) return null;
                String path = context.location().toString();
                return new PsObject("System.Management.Automation.PathInfo", "System.Object").add("Path", path)
                        .withToString(path);
            default:
                return null;
        }
    }

    /** The variable object a name refers to, or null (for +=, ++ and type constraints). */
    public Variable find(String scope, String key) {
        if (scope == null || scope.equals("variable")) return current.lookup(key);
        return switch (scope) {
            case "global" -> global.lookup(key);
            case "script" -> current.nearest(Scope.Kind.SCRIPT).lookup(key);
            case "local", "private" -> current.local(key);
            default -> null;
        };
    }

    /** Assigns a variable: without a prefix in the current scope (creating it there), as PowerShell does. */
    public void write(String scope, String name, Object value) {
        if (scope == null || scope.equals("variable") || scope.equals("local") || scope.equals("private")) {
            current.set(name, value);
            return;
        }
        switch (scope) {
            case "env" -> {
                String text = value == null ? "" : io.migsh.runtime.LanguagePrimitives.toText(value);
                if (text.isEmpty()) environment.remove(name);
                else environment.put(name, text);
            }
            case "global" -> global.set(name, value);
            case "script" -> current.nearest(Scope.Kind.SCRIPT).set(name, value);
            default -> current.set(name, value);
        }
    }

    /** Splits "global:x" into its scope prefix (lower case, or null) and name. */
    static String[] split(String name) {
        int colon = name.indexOf(':');
        if (colon <= 0) return new String[] {null, name};
        return new String[] {name.substring(0, colon).toLowerCase(Locale.ROOT), name.substring(colon + 1)};
    }

    @Override
    public Object get(String name) {
        String[] p = split(name);
        return read(p[0], Scope.key(p[1]));
    }

    @Override
    public boolean exists(String name) {
        String[] p = split(name);
        if ("env".equals(p[0])) return environment.containsKey(p[1]);
        return find(p[0], Scope.key(p[1])) != null;
    }

    @Override
    public void set(String name, Object value) {
        String[] p = split(name);
        write(p[0], p[1], value);
    }

    @Override
    public void remove(String name) {
        String[] p = split(name);
        if ("env".equals(p[0])) {
            environment.remove(p[1]);
            return;
        }
        for (Scope s = current; s != null; s = s.parent()) {
            if (s.remove(p[1])) return;
        }
    }

    @Override
    public Map<String, Object> visible() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Scope s = current; s != null; s = s.parent()) {
            for (Variable v : s.variables().values()) out.putIfAbsent(v.name(), v.value());
        }
        return out;
    }
}
