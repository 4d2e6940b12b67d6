package io.migsh.format;

import io.migsh.runtime.WildcardPattern;
import java.util.List;

/** Format-Wide: one value per object (the -Property, else a name-like property, else the object's text). */
final class WideGenerator implements ViewGenerator {
    private final FormatRequest request;

    WideGenerator(FormatRequest request) {
        this.request = request;
    }

    @Override
    public FormatStart start() {
        return new FormatStart(FormatShape.Wide, List.of(), true, request.autoSize(), request.wideColumns());
    }

    @Override
    public FormatItem entry(Object target) {
        if (!request.properties().isEmpty()) {
            List<ResolvedColumn> c = PropertyResolver.resolve(request.properties().subList(0, 1), target, true);
            return new WideEntry(c.isEmpty() ? "" : c.get(0).textOf(target, request.enumerationLimit()));
        }
        for (WildcardPattern p : FieldText.DISPLAY_NAME_PATTERNS) {
            for (String n : FormatMembers.names(target)) {
                if (p.matches(n)) return new WideEntry(FieldText.of(FormatMembers.get(target, n), request.enumerationLimit()));
            }
        }
        return new WideEntry(FieldText.of(target, request.enumerationLimit()));
    }

    @Override
    public boolean applies(Object target) {
        return true;
    }

    @Override
    public FormatProperty groupBy() {
        return request.groupBy();
    }
}
