package io.migsh.format;

import io.migsh.runtime.TypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Table rows from a type's table view, or from properties chosen on the first object: the -Property list, else the
 * default display property set, else the first ten properties; alignment follows the first object's values.
 */
final class TableGenerator implements ViewGenerator {
    private final FormatRequest request;
    private final ViewRegistry views;
    private final String viewType;
    private final TableView view;
    private final List<ResolvedColumn> columns;
    private final FormatStart start;

    TableGenerator(ViewRegistry views, FormatRequest request, Object first) {
        this.request = request;
        this.views = views;
        ViewRegistry.Match<TableView> match = request.properties().isEmpty()
                ? views.tableView(TypeNames.of(first)).orElse(null) : null;
        this.viewType = match == null ? null : match.typeName();
        this.view = match == null ? null : match.view();
        List<ColumnHeader> headers = new ArrayList<>();
        if (view != null) {
            columns = new ArrayList<>();
            for (ViewColumn c : view.columns()) {
                columns.add(new ResolvedColumn(c.header(), c.expression(), null));
                headers.add(new ColumnHeader(c.header(), c.width(), c.alignment()));
            }
        } else {
            List<ResolvedColumn> chosen = request.properties().isEmpty()
                    ? PropertyResolver.defaults(views, first)
                    : PropertyResolver.resolve(request.properties(), first, true);
            if (request.properties().isEmpty() && chosen.size() > PropertyResolver.TABLE_PROPERTY_LIMIT) {
                chosen = chosen.subList(0, PropertyResolver.TABLE_PROPERTY_LIMIT);
            }
            columns = chosen;
            for (ResolvedColumn c : columns) {
                FormatProperty p = c.origin();
                Alignment a = p != null && p.alignment() != Alignment.Undefined ? p.alignment()
                        : PropertyResolver.alignmentOf(c.valueOf(first));
                headers.add(new ColumnHeader(c.label(), p == null ? 0 : p.width(), a));
            }
        }
        boolean autoSize = request.autoSize() || (view != null && view.autoSize());
        start = new FormatStart(FormatShape.Table, headers, request.hideTableHeaders(), autoSize, 0);
    }

    @Override
    public FormatStart start() {
        return start;
    }

    @Override
    public FormatItem entry(Object target) {
        List<String> values = new ArrayList<>(columns.size());
        for (ResolvedColumn c : columns) values.add(c.textOf(target, request.enumerationLimit()));
        return new TableRow(values, null, Boolean.TRUE.equals(request.wrap()));
    }

    @Override
    public boolean applies(Object target) {
        if (view == null || ViewRegistry.applies(viewType, TypeNames.of(target))) return true;
        // A view shared by several types (CmdletInfo, AliasInfo) goes on as one table, as a selection set does.
        return views.tableView(TypeNames.of(target)).map(m -> m.view() == view).orElse(false);
    }

    @Override
    public FormatProperty groupBy() {
        if (request.groupBy() != null) return request.groupBy();
        return view != null && view.groupBy() != null ? FormatProperty.named(view.groupBy()) : null;
    }
}
