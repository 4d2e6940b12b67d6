package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.Conversions;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.Members;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Measure-Object: count, sum, average, minimum, maximum and standard deviation of input or of its properties. */
@CmdletInfo(verb = "Measure", noun = "Object", aliases = "measure", defaultParameterSet = "GenericMeasure")
public class MeasureObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    Object inputObject;
    @Parameter(position = 0)
    List<Object> property;
    @Parameter(sets = "GenericMeasure") boolean sum;
    @Parameter(sets = "GenericMeasure") boolean average;
    @Parameter(sets = "GenericMeasure") boolean maximum;
    @Parameter(sets = "GenericMeasure") boolean minimum;
    @Parameter(sets = "GenericMeasure") boolean standardDeviation;
    @Parameter(sets = "GenericMeasure") boolean allStats;
    @Parameter(sets = "TextMeasure") boolean line;
    @Parameter(sets = "TextMeasure") boolean word;
    @Parameter(sets = "TextMeasure") boolean character;

    /** Running figures for one property (Welford's method keeps the deviation exact without storing values). */
    private static final class Stats {
        long count;
        double sum;
        double mean;
        double m2;
        Object min;
        Object max;
        long lines;
        long words;
        long chars;
    }

    private final Map<String, Stats> stats = new LinkedHashMap<>();
    private final List<PropertyExpression> expressions = new ArrayList<>();
    private boolean numeric;
    private boolean extremes;

    @Override
    protected void begin() {
        if (property != null) for (Object spec : property) expressions.add(PropertyExpression.parse(spec));
        numeric = sum || average || standardDeviation || allStats;
        extremes = minimum || maximum || allStats;
    }

    @Override
    protected void process() {
        if (inputObject == null) return;
        if (property == null || property.isEmpty()) {
            add("", inputObject);
            return;
        }
        for (PropertyExpression e : expressions) {
            List<PropertyExpression.Value> values = e.evaluate(inputObject);
            if (values.isEmpty() || (!e.isCalculated() && !Members.has(inputObject, e.name()))) {
                writeError(new ErrorRecord("System.Management.Automation.PSArgumentException", "The property \""
                        + e.name() + "\" cannot be found in the input for any objects.", "GenericMeasurePropertyNotFound",
                        ErrorCategory.InvalidArgument, e.name(), null, SourcePosition.NONE, null));
                continue;
            }
            for (PropertyExpression.Value v : values) add(v.name(), v.value());
        }
    }

    private void add(String name, Object value) {
        Stats s = stats.computeIfAbsent(name, k -> new Stats());
        s.count++;
        if (textMeasure()) {
            String t = LanguagePrimitives.toText(value);
            s.lines += t.isEmpty() ? 0 : t.split("\r?\n", -1).length;
            s.words += t.isBlank() ? 0 : t.trim().split("\\s+").length;
            s.chars += t.length();
            return;
        }
        if (numeric || (extremes && isNumber(value))) {
            double d = number(value);
            s.sum += d;
            double delta = d - s.mean;
            s.mean += delta / s.count;
            s.m2 += delta * (d - s.mean);
            value = d;
        }
        if (!extremes) return;
        if (s.min == null || ValueOrder.compare(value, s.min, false) < 0) s.min = value;
        if (s.max == null || ValueOrder.compare(value, s.max, false) > 0) s.max = value;
    }

    /** -Line, -Word or -Character; the set may be decided only by the first input object. */
    private boolean textMeasure() {
        return "TextMeasure".equals(parameterSetName());
    }

    private static boolean isNumber(Object v) {
        if (v instanceof Number) return true;
        try {
            Conversions.toNumber(v, Double.class);
            return true;
        } catch (PsException | NumberFormatException e) {
            return false; // a date or other text: compared as itself, as PowerShell 7's -Maximum does
        }
    }

    private double number(Object v) {
        try {
            return Conversions.toNumber(v, Double.class).doubleValue();
        } catch (PsException | NumberFormatException e) {
            throw new PsException("System.Management.Automation.PSInvalidOperationException", "Input object \""
                    + LanguagePrimitives.toText(v) + "\" is not numeric.", "NonNumericInputObject",
                    ErrorCategory.InvalidType, v);
        }
    }

    @Override
    protected void end() {
        if (stats.isEmpty()) stats.put(property == null || property.isEmpty() ? "" : String.valueOf(property.get(0)), new Stats());
        for (Map.Entry<String, Stats> e : stats.entrySet()) writeObject(result(e.getKey(), e.getValue()));
    }

    private PsObject result(String name, Stats s) {
        boolean all = allStats;
        if (textMeasure()) {
            PsObject o = new PsObject("Microsoft.PowerShell.Commands.TextMeasureInfo", "System.Object");
            o.add("Lines", line ? (Object) (int) s.lines : null);
            o.add("Words", word ? (Object) (int) s.words : null);
            o.add("Characters", character ? (Object) (int) s.chars : null);
            o.add("Property", name.isEmpty() ? null : name);
            return o;
        }
        PsObject o = new PsObject("Microsoft.PowerShell.Commands.GenericMeasureInfo", "System.Object");
        o.add("Count", (int) s.count);
        o.add("Average", (average || all) && s.count > 0 ? (Object) s.mean : null);
        o.add("Sum", (sum || all) ? (Object) s.sum : null);
        o.add("Maximum", (maximum || all) ? s.max : null);
        o.add("Minimum", (minimum || all) ? s.min : null);
        o.add("StandardDeviation", (standardDeviation || all) && s.count > 1
                ? Math.sqrt(s.m2 / (s.count - 1)) : null);
        o.add("Property", name.isEmpty() ? null : name);
        return o;
    }
}
