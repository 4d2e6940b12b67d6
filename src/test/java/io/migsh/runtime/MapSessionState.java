package io.migsh.runtime;

import java.util.Map;

/** Session state for tests without the language: one map of variables, names lower-cased, scopes ignored. */
public final class MapSessionState implements SessionState {
    private final Map<String, Object> vars;

    public MapSessionState(Map<String, Object> vars) {
        this.vars = vars;
    }

    private static String key(String name) {
        return name.replace("global:", "").toLowerCase();
    }

    @Override
    public Object get(String name) {
        return vars.get(key(name));
    }

    @Override
    public boolean exists(String name) {
        return vars.containsKey(key(name));
    }

    @Override
    public void set(String name, Object value) {
        vars.put(key(name), value);
    }

    @Override
    public void remove(String name) {
        vars.remove(key(name));
    }

    @Override
    public Map<String, Object> visible() {
        return vars;
    }
}
