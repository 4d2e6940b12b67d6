package io.migsh.format;

import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.ScriptBlock;
import io.migsh.runtime.TypeNames;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns objects into format objects, as PowerShell's format-default and Format-* commands do. The first object
 * that is not printed on its own picks the view for the whole sequence; scalars, error records and objects
 * without properties are printed on their own (out of band); an object that does not fit a type's view is
 * printed as a list between blank lines, while objects after a property-chosen table fill that table's columns
 * (PowerShell's well-known "first object decides the columns").
 */
final class FormatShaper {
    private final ViewRegistry views;
    private final FormatRequest request;
    private final Consumer<FormatItem> out;
    private ViewGenerator generator;
    private boolean groupOpen;
    private Object groupKey;

    FormatShaper(ViewRegistry views, FormatRequest request, Consumer<FormatItem> out) {
        this.views = views;
        this.request = request;
        this.out = out;
    }

    void accept(Object value) {
        if (value == null) return;
        if (value instanceof FormatItem item) {
            // Already formatted (Format-Table output reaching Out-Default): close our own sequence and pass it on.
            finish();
            out.accept(item);
            return;
        }
        if (value instanceof Map<?, ?> map && !(value instanceof PsObject)) {
            for (Map.Entry<?, ?> e : map.entrySet()) shape(FormatMembers.dictionaryEntry(e.getKey(), e.getValue()));
            return;
        }
        if (FieldText.isCollection(value)) {
            for (Object item : FieldText.elements(value)) accept(item);
            return;
        }
        shape(value);
    }

    /** Closes the open sequence. */
    void finish() {
        if (generator == null) return;
        if (groupOpen) out.accept(new GroupEnd());
        out.accept(new FormatEnd());
        generator = null;
        groupOpen = false;
        groupKey = null;
    }

    private void shape(Object input) {
        Object value = input;
        if (printedOnItsOwn(value)) return;
        value = FormatMembers.adapt(value);
        if (generator == null) {
            generator = generatorFor(value);
            out.accept(generator.start());
        }
        if (!request.force() && !generator.applies(value)) {
            ListView own = views.listView(TypeNames.of(value)).map(ViewRegistry.Match::view).orElse(null);
            out.accept(ListGenerator.entry(views, FormatRequest.defaults(request.enumerationLimit()), own, value, true));
            return;
        }
        group(value);
        out.accept(generator.entry(value));
    }

    private boolean printedOnItsOwn(Object value) {
        if (value instanceof ErrorRecord r && !request.force() && request.properties().isEmpty()) {
            out.accept(new ErrorEntry(r));
            return true;
        }
        if (isStreamRecord(value) && !request.force() && request.properties().isEmpty()) {
            // PowerShellCore.format.ps1xml: warning, verbose and information records show their message, out of band.
            out.accept(new RawText(LanguagePrimitives.toText(value)));
            return true;
        }
        if (PropertyResolver.isScalar(value) || value instanceof ScriptBlock) {
            out.accept(new RawText(value instanceof ScriptBlock sb ? sb.text() : FieldText.scalar(value)));
            return true;
        }
        if (!(value instanceof ErrorRecord) && FormatMembers.names(value).isEmpty()
                && views.defaultView(TypeNames.of(value)).isEmpty()) {
            // An empty [pscustomobject] converts to an empty string in PowerShell 7, so it prints an empty line.
            boolean emptyCustom = value instanceof PsObject o && o.toStringValue() == null
                    && o.typeNames().contains("System.Management.Automation.PSCustomObject");
            out.accept(new RawText(emptyCustom ? "" : LanguagePrimitives.toText(value)));
            return true;
        }
        return false;
    }

    private static boolean isStreamRecord(Object value) {
        List<String> names = TypeNames.of(value);
        return names.contains("System.Management.Automation.InformationalRecord")
                || names.contains("System.Management.Automation.InformationRecord");
    }

    private ViewGenerator generatorFor(Object first) {
        FormatShape shape = request.shape();
        if (shape == null) {
            ViewRegistry.Match<ViewDefinition> view = views.defaultView(TypeNames.of(first)).orElse(null);
            if (view != null && view.view() instanceof CustomView custom) {
                return new CustomGenerator(view.typeName(), custom, request);
            }
            if (view != null) {
                shape = view.view() instanceof TableView ? FormatShape.Table : FormatShape.List;
            } else {
                int count = PropertyResolver.defaults(views, first).size();
                shape = count <= 4 ? FormatShape.Table : FormatShape.List;
            }
        }
        return switch (shape) {
            case List -> new ListGenerator(views, request, first);
            case Wide -> new WideGenerator(request);
            default -> new TableGenerator(views, request, first);
        };
    }

    private void group(Object value) {
        FormatProperty by = generator.groupBy();
        if (by == null) {
            if (!groupOpen) out.accept(new GroupStart(null));
            groupOpen = true;
            return;
        }
        ResolvedColumn key = by.expression() != null ? new ResolvedColumn(by.header(), by.expression(), by)
                : new ResolvedColumn(by.header(), ValueExpression.property(by.name()), by);
        Object k = key.valueOf(value);
        String text = FieldText.of(k, request.enumerationLimit());
        if (groupOpen && Objects.equals(text, groupKey)) return;
        if (groupOpen) out.accept(new GroupEnd());
        out.accept(new GroupStart("   " + key.label() + ": " + text));
        groupOpen = true;
        groupKey = text;
    }
}
