package io.migsh.format;

import io.migsh.runtime.TypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * List entries from a type's list view, or from each object's own properties (the -Property list, else the
 * default display property set, else all), chosen again for every object as PowerShell's list view does.
 */
final class ListGenerator implements ViewGenerator {
    private final ViewRegistry views;
    private final FormatRequest request;
    private final String viewType;
    private final ListView view;

    ListGenerator(ViewRegistry views, FormatRequest request, Object first) {
        this.views = views;
        this.request = request;
        ViewRegistry.Match<ListView> match = request.properties().isEmpty()
                ? views.listView(TypeNames.of(first)).orElse(null) : null;
        this.viewType = match == null ? null : match.typeName();
        this.view = match == null ? null : match.view();
    }

    @Override
    public FormatStart start() {
        return FormatStart.list();
    }

    @Override
    public FormatItem entry(Object target) {
        return entry(views, request, view, target, false);
    }

    /** One object as a list, by {@code view} when given, else by its properties. */
    static ListEntry entry(ViewRegistry views, FormatRequest request, ListView view, Object target, boolean outOfBand) {
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (view != null) {
            for (ViewColumn c : view.items()) {
                ResolvedColumn r = new ResolvedColumn(c.header(), c.expression(), null);
                labels.add(c.header());
                values.add(r.textOf(target, request.enumerationLimit()));
            }
        } else {
            List<ResolvedColumn> columns = request.properties().isEmpty() ? PropertyResolver.defaults(views, target)
                    : PropertyResolver.resolve(request.properties(), target, false);
            for (ResolvedColumn c : columns) {
                labels.add(c.label());
                values.add(c.textOf(target, request.enumerationLimit()));
            }
        }
        return new ListEntry(labels, values, outOfBand);
    }

    @Override
    public boolean applies(Object target) {
        return view == null || ViewRegistry.applies(viewType, TypeNames.of(target));
    }

    @Override
    public FormatProperty groupBy() {
        return request.groupBy();
    }
}
