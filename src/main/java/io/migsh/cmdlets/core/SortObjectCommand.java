package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.LanguagePrimitives;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sort-Object: a stable sort on one or more keys, each ascending or descending; nulls sort first. */
@CmdletInfo(verb = "Sort", noun = "Object", aliases = "sort", defaultParameterSet = "Default")
public class SortObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    Object inputObject;
    @Parameter(position = 0)
    List<Object> property;
    @Parameter
    boolean descending;
    @Parameter
    boolean unique;
    @Parameter
    boolean caseSensitive;
    @Parameter(sets = "Top")
    Integer top;
    @Parameter(sets = "Bottom")
    Integer bottom;

    private final List<Object> items = new ArrayList<>();

    @Override
    protected void process() {
        items.add(inputObject);
    }

    @Override
    protected void end() {
        List<PropertyExpression> keys = new ArrayList<>();
        if (property != null) for (Object p : property) keys.add(PropertyExpression.parse(p, "Ascending", "Descending"));
        Comparator<Object> order = comparator(keys);
        List<Object> sorted = new ArrayList<>(items);
        sorted.sort(order);
        if (unique) {
            List<Object> distinct = new ArrayList<>();
            for (Object o : sorted) {
                if (distinct.isEmpty() || order.compare(distinct.get(distinct.size() - 1), o) != 0) distinct.add(o);
            }
            sorted = distinct;
        }
        if (top != null) sorted = sorted.subList(0, Math.min(top, sorted.size()));
        if (bottom != null) sorted = sorted.subList(Math.max(0, sorted.size() - bottom), sorted.size());
        for (Object o : sorted) writeObject(o);
    }

    private Comparator<Object> comparator(List<PropertyExpression> keys) {
        if (keys.isEmpty()) return directed((a, b) -> compareValues(a, b), descending);
        Comparator<Object> all = null;
        for (PropertyExpression key : keys) {
            boolean down = descending;
            if (key.option("Descending") != null) down = LanguagePrimitives.toBool(key.option("Descending"));
            if (key.option("Ascending") != null) down = !LanguagePrimitives.toBool(key.option("Ascending"));
            Comparator<Object> one = directed((a, b) -> compareValues(keyOf(key, a), keyOf(key, b)), down);
            all = all == null ? one : all.thenComparing(one);
        }
        return all;
    }

    private static Object keyOf(PropertyExpression key, Object target) {
        return key.name() == null && !key.isCalculated() ? target : key.keyOf(target);
    }

    private static Comparator<Object> directed(Comparator<Object> c, boolean down) {
        return down ? c.reversed() : c;
    }

    private int compareValues(Object a, Object b) {
        return ValueOrder.compare(a, b, caseSensitive);
    }
}
