package io.migsh.migration.csv;

import java.util.List;

/** One record of a CSV file: its row number (the header is row 1) and its values. */
public record CsvRecord(int row, List<String> values) {}
