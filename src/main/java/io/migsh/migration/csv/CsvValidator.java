package io.migsh.migration.csv;

import io.migsh.migration.MigrationErrors;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks an IMAP migration CSV file as a whole before anything is written (Exchange's rules: required columns
 * EmailAddress, UserName and Password, optional UserRoot; at most 50,000 rows and 10 MB; no unknown columns unless
 * allowed; no blank values or duplicate rows; every address a mailbox not already being migrated). The first error
 * is the message; every later one follows it, so an admin fixes the file in one pass.
 */
public final class CsvValidator {
    public static final int MAX_ROWS = 50_000;
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final List<String> REQUIRED = List.of("EmailAddress", "UserName", "Password");
    static final String USER_ROOT = "UserRoot";
    private static final Pattern SMTP = Pattern.compile("[^@\\s\"<>(),;:\\\\\\[\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*"
            + "[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private static final String ROW_INVALID = "Microsoft.Exchange.Migration.MigrationCSVRowValidationException";
    private static final String NO_RECIPIENT = "Microsoft.Exchange.Migration.MigrationRecipientNotFoundException";
    private static final String BEING_MIGRATED = "Microsoft.Exchange.Migration.UserAlreadyBeingMigratedException";

    /** A bad row: the exception Exchange reports for it and the text. */
    private record Problem(String exceptionType, String text) {
        static Problem invalid(String text) {
            return new Problem(ROW_INVALID, text);
        }
    }

    /** What the file is for: a new batch, users added to a batch, or new logins for a batch's users. */
    public enum Mode { NewBatch, AddUsers, UpdateUsers }

    private final TargetDirectory directory;
    private final boolean allowUnknownColumns;
    private final Mode mode;
    private final UUID batchId;

    public CsvValidator(TargetDirectory directory, boolean allowUnknownColumns, Mode mode, UUID batchId) {
        this.directory = directory;
        this.allowUnknownColumns = allowUnknownColumns;
        this.mode = mode;
        this.batchId = batchId;
    }

    /** The users of the file, or a terminating error naming each bad row. */
    public List<CsvUser> validate(byte[] csvData) {
        if (csvData == null || csvData.length == 0) throw MigrationErrors.csv("The CSV file is empty.");
        if (csvData.length > MAX_BYTES) {
            throw MigrationErrors.csvRow(rowAtByte(csvData, MAX_BYTES), "the CSV file is " + count(csvData.length)
                    + " bytes and this row goes past 10 MB (" + count(MAX_BYTES) + " bytes), the most a migration "
                    + "CSV file can have; split the users into several batches.");
        }
        List<CsvRecord> records;
        try {
            records = CsvReader.parse(CsvReader.decode(csvData));
        } catch (IllegalArgumentException e) {
            throw MigrationErrors.csv("The CSV file can't be read: " + e.getMessage() + ".");
        }
        if (records.isEmpty()) throw MigrationErrors.csv("The CSV file is empty.");
        Map<String, Integer> columns = header(records.get(0));
        int rows = records.size() - 1;
        if (rows == 0) throw MigrationErrors.csv("The CSV file has a header but no users.");
        if (rows > MAX_ROWS) {
            throw MigrationErrors.csvRow(records.get(MAX_ROWS + 1).row(), "the CSV file has " + count(rows)
                    + " users and this is user " + count(MAX_ROWS + 1) + ". A migration batch can have at most "
                    + count(MAX_ROWS) + " users; split them into several batches.");
        }
        List<String> errors = new ArrayList<>();
        String firstType = null;
        List<CsvUser> users = new ArrayList<>(rows);
        Map<String, Integer> seen = new HashMap<>();
        int width = records.get(0).values().size();
        for (CsvRecord r : records.subList(1, records.size())) {
            Problem p = row(r, columns, width, seen, users);
            if (p == null) continue;
            if (firstType == null) firstType = p.exceptionType();
            errors.add("Error on row " + r.row() + " of the CSV file: " + p.text());
        }
        if (!errors.isEmpty()) throw rowErrors(firstType, errors);
        return users;
    }

    private Map<String, Integer> header(CsvRecord header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> values = header.values();
        for (int i = 0; i < values.size(); i++) {
            String name = values.get(i).strip();
            String known = canonical(name);
            if (known == null && !allowUnknownColumns) {
                throw MigrationErrors.csvRow(1, "The column '" + name + "' isn't recognized. An IMAP migration CSV "
                        + "file has the columns EmailAddress, UserName, Password and optionally UserRoot. Remove the "
                        + "column, or run the command with -AllowUnknownColumnsInCsv $true to ignore it.");
            }
            String key = known == null ? name.toLowerCase(Locale.ROOT) : known;
            if (columns.put(key, i) != null) {
                throw MigrationErrors.csvRow(1, "The column '" + name + "' appears more than once.");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw MigrationErrors.csvRow(1, "The required column '" + required + "' is missing. An IMAP "
                        + "migration CSV file needs the columns EmailAddress, UserName and Password.");
            }
        }
        return columns;
    }

    private static String canonical(String name) {
        for (String c : REQUIRED) if (c.equalsIgnoreCase(name)) return c;
        return USER_ROOT.equalsIgnoreCase(name) ? USER_ROOT : null;
    }

    private Problem row(CsvRecord r, Map<String, Integer> columns, int width, Map<String, Integer> seen,
            List<CsvUser> users) {
        if (r.values().size() != width) {
            return Problem.invalid("it has " + r.values().size() + " values but the header has " + width
                    + " columns.");
        }
        String email = r.values().get(columns.get("EmailAddress")).strip();
        String userName = r.values().get(columns.get("UserName"));
        String password = r.values().get(columns.get("Password"));
        Integer rootAt = columns.get(USER_ROOT);
        String userRoot = rootAt == null ? null : r.values().get(rootAt).strip();
        for (String c : REQUIRED) {
            if (r.values().get(columns.get(c)).isBlank()) {
                return Problem.invalid("the value of column '" + c + "' is empty.");
            }
        }
        if (!SMTP.matcher(email).matches()) return Problem.invalid("'" + email + "' isn't a valid SMTP address.");
        if (!userName.equals(userName.strip())) {
            return Problem.invalid("the UserName '" + userName + "' has leading or trailing spaces. Remove them.");
        }
        String key = email.toLowerCase(Locale.ROOT);
        Integer first = seen.putIfAbsent(key, r.row());
        if (first != null) {
            return Problem.invalid("the e-mail address '" + email + "' is also on row " + first + ".");
        }
        Optional<UUID> mailbox = directory.mailbox(email);
        if (mailbox.isEmpty()) return new Problem(NO_RECIPIENT, MigrationErrors.recipientNotFoundText(email));
        Optional<UUID> batch = directory.batchOf(email);
        boolean inThisBatch = batch.isPresent() && batch.get().equals(batchId);
        switch (mode) {
            case UpdateUsers -> {
                if (!inThisBatch) {
                    return Problem.invalid("the user '" + email + "' isn't in this batch. Use -AddUsers to add users.");
                }
            }
            case AddUsers -> {
                if (inThisBatch) return null;
                if (batch.isPresent() || directory.hasSyncRequest(mailbox.get())) return alreadyMigrated(email);
            }
            case NewBatch -> {
                if (batch.isPresent() || directory.hasSyncRequest(mailbox.get())) return alreadyMigrated(email);
            }
        }
        users.add(new CsvUser(r.row(), email, mailbox.get(), userName, password.toCharArray(),
                userRoot == null || userRoot.isEmpty() ? null : userRoot));
        return null;
    }

    private static Problem alreadyMigrated(String email) {
        return new Problem(BEING_MIGRATED, MigrationErrors.userAlreadyBeingMigrated(email).getMessage());
    }

    private static PsException rowErrors(String exceptionType, List<String> errors) {
        StringBuilder text = new StringBuilder(errors.get(0));
        if (errors.size() > 1) {
            text.append(System.lineSeparator()).append(count(errors.size() - 1)).append(" more ")
                    .append(errors.size() == 2 ? "row has" : "rows have").append(" errors; nothing was created:");
            // Every row, not the first few: the admin fixes the whole file in one pass.
            for (String e : errors.subList(1, errors.size())) {
                text.append(System.lineSeparator()).append(e);
            }
        }
        return MigrationErrors.of(exceptionType, text.toString(), exceptionType.equals(ROW_INVALID)
                ? ErrorCategory.InvalidData : ErrorCategory.InvalidArgument, null);
    }

    /**
     * The row (the header is row 1, as an editor counts lines) that holds the byte at this offset. The bytes are
     * counted before decoding, as the limit is on the file's size; a quoted value over several lines is
     * one row, numbered by its first line as CsvReader numbers it.
     */
    static int rowAtByte(byte[] data, int offset) {
        int line = 1;
        int recordStart = 1;
        boolean quoted = false;
        for (int i = 0; i < offset && i < data.length; i++) {
            if (data[i] == '"') {
                quoted = !quoted;
            } else if (data[i] == '\n') {
                line++;
                if (!quoted) recordStart = line;
            }
        }
        return recordStart;
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }
}
