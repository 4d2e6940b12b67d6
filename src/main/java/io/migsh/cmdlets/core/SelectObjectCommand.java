package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.Members;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.TypeNames;
import io.migsh.runtime.WildcardPattern;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Select-Object: picks properties (named, wildcard or calculated), expands one, or keeps the first/last objects. */
@CmdletInfo(verb = "Select", noun = "Object", aliases = "select", defaultParameterSet = "DefaultParameter")
public class SelectObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    Object inputObject;
    @Parameter(position = 0)
    List<Object> property;
    @Parameter
    String[] excludeProperty;
    @Parameter
    String expandProperty;
    @Parameter
    boolean unique;
    @Parameter(sets = "DefaultParameter", validateRange = {0, Integer.MAX_VALUE})
    Integer last;
    @Parameter(sets = "DefaultParameter", validateRange = {0, Integer.MAX_VALUE})
    Integer first;
    @Parameter(sets = "DefaultParameter", validateRange = {0, Integer.MAX_VALUE})
    Integer skip;
    @Parameter(sets = "IndexParameter")
    int[] index;

    private final List<PropertyExpression> expressions = new ArrayList<>();
    // A LinkedList, since $null is an object of the pipeline too and ArrayDeque refuses null.
    private final Deque<Object> tail = new java.util.LinkedList<>();
    private final List<Object> seen = new ArrayList<>();
    private int count;
    private int written;

    @Override
    protected void begin() {
        if (property != null) for (Object p : property) expressions.add(PropertyExpression.parse(p));
    }

    @Override
    protected void process() {
        int position = count++;
        if (index != null) {
            for (int i : index) if (i == position) select(inputObject);
            return;
        }
        if (last != null) {
            // With -Last, -Skip counts from the end: keep the last (Last + Skip) and drop Skip of them in end().
            tail.addLast(inputObject);
            if (tail.size() > last + skipped()) tail.removeFirst();
            if (first != null && written < first) select(inputObject);
            return;
        }
        if (position < skipped()) return;
        if (first != null && written >= first) return;
        select(inputObject);
    }

    @Override
    protected void end() {
        if (last == null) return;
        int keep = Math.max(0, tail.size() - skipped());
        for (Object o : tail) {
            if (keep-- <= 0) break;
            select(o);
        }
    }

    private int skipped() {
        return skip == null ? 0 : Math.max(0, skip);
    }

    private void select(Object input) {
        Object result = shape(input);
        if (result == NOTHING) return;
        if (unique) {
            for (Object s : seen) if (sameAs(s, result)) return;
            seen.add(result);
        }
        written++;
        if (expandProperty != null) writeEnumerated(result);
        else writeObject(result);
    }

    private static final Object NOTHING = new Object();

    private Object shape(Object input) {
        if (expandProperty != null) {
            if (!Members.has(input, expandProperty)) {
                writeError(new ErrorRecord("System.ArgumentException", "Property \"" + expandProperty
                        + "\" cannot be found.", "ExpandPropertyNotFound", ErrorCategory.InvalidArgument, input,
                        null, io.migsh.runtime.SourcePosition.NONE, null));
                return NOTHING;
            }
            return Members.get(input, expandProperty);
        }
        if (expressions.isEmpty() && excludeProperty == null) return input;
        PsObject out = PsObject.custom();
        out.typeNames().add(0, "Selected." + TypeNames.name(input));
        List<PropertyExpression> list = expressions.isEmpty() ? List.of(PropertyExpression.parse("*")) : expressions;
        for (PropertyExpression e : list) {
            for (PropertyExpression.Value v : e.evaluate(input)) {
                if (!excluded(v.name()) && !out.has(v.name())) out.add(v.name(), v.value());
            }
            if (!e.isCalculated() && !WildcardPattern.hasWildcards(e.name()) && !out.has(e.name())) {
                out.add(e.name(), null);
            }
        }
        return out;
    }

    private boolean excluded(String name) {
        if (excludeProperty == null) return false;
        for (String x : excludeProperty) if (WildcardPattern.of(x, false).matches(name)) return true;
        return false;
    }

    private static boolean sameAs(Object a, Object b) {
        if (a instanceof PsObject pa && b instanceof PsObject pb) {
            if (!pa.propertyNames().equals(pb.propertyNames())) return false;
            for (String n : pa.propertyNames()) {
                if (!LanguagePrimitives.areEqual(pa.get(n), pb.get(n), false)) return false;
            }
            return true;
        }
        return LanguagePrimitives.areEqual(a, b, false);
    }
}
