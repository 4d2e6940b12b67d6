package io.migsh.cmdlets.format;

import io.migsh.runtime.ScriptBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A script block for tests: Java code standing in for the language's { ... } with its source text. */
final class TestScript implements ScriptBlock {
    private final String text;
    private final Function<Object, Object> body;

    TestScript(String text, Function<Object, Object> body) {
        this.text = text;
        this.body = body;
    }

    @Override
    public List<Object> invoke(Object dollarUnder, Object... args) {
        List<Object> out = new ArrayList<>();
        Object v = body.apply(dollarUnder);
        if (v != null) out.add(v);
        return out;
    }

    @Override
    public String text() {
        return text;
    }
}
