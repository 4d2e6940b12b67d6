package io.migsh.format;

import java.util.List;

/** A list view (format.ps1xml ListControl): the items shown as {@code Label : value}, in order. */
public record ListView(List<ViewColumn> items) implements ViewDefinition {
    public ListView {
        items = List.copyOf(items);
    }

    public static ListView ofProperties(String... properties) {
        return new ListView(java.util.Arrays.stream(properties).map(ViewColumn::of).toList());
    }
}
