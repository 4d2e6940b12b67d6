package io.migsh.format;

import io.migsh.runtime.TypeNames;

/** Text from a type's custom view (a DateTime's long form). */
final class CustomGenerator implements ViewGenerator {
    private final String viewType;
    private final CustomView view;
    private final FormatRequest request;

    CustomGenerator(String viewType, CustomView view, FormatRequest request) {
        this.viewType = viewType;
        this.view = view;
        this.request = request;
    }

    @Override
    public FormatStart start() {
        return FormatStart.custom();
    }

    @Override
    public FormatItem entry(Object target) {
        return new CustomEntry(view.text().apply(target));
    }

    @Override
    public boolean applies(Object target) {
        return ViewRegistry.applies(viewType, TypeNames.of(target));
    }

    @Override
    public FormatProperty groupBy() {
        return request.groupBy();
    }
}
