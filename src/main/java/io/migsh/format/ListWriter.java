package io.migsh.format;

import java.util.List;
import java.util.function.Consumer;

/**
 * Writes one object as {@code Label : value} lines, as PowerShell's ListWriter: labels padded to the longest,
 * values wrapped at word boundaries to the screen width and continued under the value column.
 */
final class ListWriter {
    private static final String SEPARATOR = " : ";

    private ListWriter() {}

    static void write(List<String> labels, List<String> values, int screenWidth, Consumer<String> out) {
        if (labels.isEmpty() || screenWidth - SEPARATOR.length() - 2 < 0) return;
        int maxLabel = screenWidth - SEPARATOR.length() - 1;
        int labelWidth = 0;
        for (String l : labels) labelWidth = Math.max(labelWidth, l.length());
        labelWidth = Math.min(labelWidth, maxLabel);
        int prefixWidth = labelWidth + SEPARATOR.length();
        String padding = " ".repeat(prefixWidth);
        int fieldWidth = screenWidth - prefixWidth;
        for (int k = 0; k < labels.size(); k++) {
            String label = labels.get(k);
            label = label.length() > labelWidth ? label.substring(0, labelWidth)
                    : label + " ".repeat(labelWidth - label.length());
            String value = k < values.size() && values.get(k) != null ? values.get(k) : "";
            List<String> lines = TextLines.split(value);
            for (int i = 0; i < lines.size(); i++) {
                String prefix = i == 0 ? label + SEPARATOR : padding;
                List<String> pieces = TextLines.wrap(lines.get(i), fieldWidth, fieldWidth);
                for (int j = 0; j < pieces.size(); j++) out.accept((j == 0 ? prefix : padding) + pieces.get(j));
            }
        }
    }
}
