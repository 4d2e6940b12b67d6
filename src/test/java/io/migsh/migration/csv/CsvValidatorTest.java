package io.migsh.migration.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CsvValidatorTest {
    private static final UUID ALICE = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();
    private static final UUID CAROL = UUID.randomUUID();
    private static final UUID OTHER_BATCH = UUID.randomUUID();

    private final TargetDirectory directory = new TargetDirectory() {
        final Map<String, UUID> mailboxes = Map.of("alice@contoso.com", ALICE, "bob@contoso.com", BOB,
                "carol@contoso.com", CAROL);

        public Optional<UUID> mailbox(String a) {
            return Optional.ofNullable(mailboxes.get(a.toLowerCase()));
        }

        public Optional<UUID> batchOf(String a) {
            return a.equalsIgnoreCase("bob@contoso.com") ? Optional.of(OTHER_BATCH) : Optional.empty();
        }

        public boolean hasSyncRequest(UUID id) {
            return id.equals(CAROL);
        }
    };

    private List<CsvUser> validate(String csv, boolean allowUnknown) {
        return new CsvValidator(directory, allowUnknown, CsvValidator.Mode.NewBatch, UUID.randomUUID())
                .validate(csv.getBytes(StandardCharsets.UTF_8));
    }

    private PsException refused(String csv) {
        return assertThrows(PsException.class, () -> validate(csv, false));
    }

    @Test
    void reads_users_with_quotes_bom_and_optional_user_root() {
        List<CsvUser> users = validate("\uFEFFEmailAddress,UserName,Password,UserRoot\r\n"
                + "Alice@Contoso.com,\"contoso\\alice\",\"p,w\"\"1\",/users/alice\r\n", false);
        assertEquals(1, users.size());
        CsvUser u = users.get(0);
        assertEquals(2, u.row());
        assertEquals(ALICE, u.mailboxId());
        assertEquals("contoso\\alice", u.userName());
        assertEquals("p,w\"1", new String(u.password()));
        assertEquals("/users/alice", u.userRoot());
    }

    @Test
    void columns_may_come_in_any_order_and_case() {
        CsvUser u = validate("password,EMAILADDRESS,username\npw,alice@contoso.com,alice\n", false).get(0);
        assertEquals("alice", u.userName());
        assertNull(u.userRoot());
    }

    @Test
    void a_missing_required_column_is_named() {
        PsException e = refused("EmailAddress,UserName\nalice@contoso.com,alice\n");
        assertEquals("Error on row 1 of the CSV file: The required column 'Password' is missing. An IMAP migration "
                + "CSV file needs the columns EmailAddress, UserName and Password.", e.getMessage());
        assertEquals(ErrorCategory.InvalidData, e.record().category());
    }

    @Test
    void unknown_columns_fail_unless_allowed() {
        String csv = "EmailAddress,UserName,Password,Department\nalice@contoso.com,alice,pw,Sales\n";
        assertTrue(refused(csv).getMessage().startsWith("Error on row 1 of the CSV file: The column 'Department' "
                + "isn't recognized."));
        assertEquals(1, validate(csv, true).size());
    }

    @Test
    void blank_values_name_the_row_and_column() {
        PsException e = refused("EmailAddress,UserName,Password\nalice@contoso.com,alice,pw\n"
                + "carol@contoso.com,,pw\n");
        assertTrue(e.getMessage().startsWith("Error on row 3 of the CSV file: the value of column 'UserName' is "
                + "empty."), e.getMessage());
    }

    @Test
    void duplicate_rows_name_both_rows() {
        PsException e = refused("EmailAddress,UserName,Password\nalice@contoso.com,a,pw\n\nALICE@contoso.com,b,pw\n");
        assertEquals("Error on row 4 of the CSV file: the e-mail address 'ALICE@contoso.com' is also on row 2.",
                e.getMessage());
    }

    @Test
    void an_address_without_a_mailbox_is_exchanges_recipient_not_found() {
        PsException e = refused("EmailAddress,UserName,Password\nzed@contoso.com,zed,pw\n");
        assertEquals("Error on row 2 of the CSV file: A recipient wasn't found for 'zed@contoso.com' on the target. "
                + "Create a recipient of the appropriate type for this migration on the target and try again.",
                e.getMessage());
        assertEquals("Microsoft.Exchange.Migration.MigrationRecipientNotFoundException", e.record().exceptionType());
    }

    @Test
    void a_user_in_another_batch_or_with_a_sync_request_is_already_being_migrated() {
        PsException e = refused("EmailAddress,UserName,Password\nbob@contoso.com,bob,pw\n");
        assertEquals("Error on row 2 of the CSV file: The user 'bob@contoso.com' already has a pending request. "
                + "Please remove the existing request and resume the current batch or start a new batch for this "
                + "user.", e.getMessage());
        assertEquals("Microsoft.Exchange.Migration.UserAlreadyBeingMigratedException", e.record().exceptionType());
        assertTrue(refused("EmailAddress,UserName,Password\ncarol@contoso.com,c,pw\n").getMessage()
                .contains("'carol@contoso.com' already has a pending request"));
    }

    @Test
    void every_bad_row_is_listed_after_the_first() {
        PsException e = refused("EmailAddress,UserName,Password\nnot-an-address,a,pw\nalice@contoso.com, a ,pw\n"
                + "x@contoso.com,x\n");
        assertEquals(String.join(System.lineSeparator(),
                "Error on row 2 of the CSV file: 'not-an-address' isn't a valid SMTP address.",
                "2 more rows have errors; nothing was created:",
                "Error on row 3 of the CSV file: the UserName ' a ' has leading or trailing spaces. Remove them.",
                "Error on row 4 of the CSV file: it has 2 values but the header has 3 columns."), e.getMessage());
    }

    @Test
    void size_and_row_limits_are_exchanges_and_name_the_first_row_past_them() {
        StringBuilder big = new StringBuilder("EmailAddress,UserName,Password\n");
        for (int i = 0; i <= CsvValidator.MAX_ROWS; i++) big.append("u").append(i).append("@contoso.com,u,p\n");
        PsException rows = refused(big.toString());
        assertEquals("Error on row 50002 of the CSV file: the CSV file has 50,001 users and this is user 50,001. A "
                + "migration batch can have at most 50,000 users; split them into several batches.",
                rows.getMessage());
        assertEquals("Microsoft.Exchange.Migration.MigrationCSVRowValidationException", rows.record().exceptionType());

        // 100-byte rows: the byte at 10,485,760 is in row 104,858 (the header is row 1 and 100 bytes long too).
        String row = "u@contoso.com,u," + "p".repeat(100 - 17) + "\n";
        byte[] huge = (row.repeat(CsvValidator.MAX_BYTES / 100 + 1)).getBytes(StandardCharsets.US_ASCII);
        PsException e = assertThrows(PsException.class, () -> new CsvValidator(directory, false,
                CsvValidator.Mode.NewBatch, null).validate(huge));
        assertEquals("Error on row 104858 of the CSV file: the CSV file is 10,485,800 bytes and this row goes past "
                + "10 MB (10,485,760 bytes), the most a migration CSV file can have; split the users into several "
                + "batches.", e.getMessage());
        assertEquals("The CSV file has a header but no users.", refused("EmailAddress,UserName,Password\n")
                .getMessage());
    }

    @Test
    void the_row_of_a_byte_counts_a_quoted_value_over_several_lines_as_one_row() {
        byte[] data = "h\n\"a\nb\",c\nd\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(1, CsvValidator.rowAtByte(data, 0));
        assertEquals(2, CsvValidator.rowAtByte(data, 2));
        assertEquals(2, CsvValidator.rowAtByte(data, 6));
        assertEquals(4, CsvValidator.rowAtByte(data, 11));
    }

    @Test
    void every_bad_row_is_listed_however_many_there_are() {
        StringBuilder csv = new StringBuilder("EmailAddress,UserName,Password\n");
        for (int i = 0; i < 25; i++) csv.append("zed").append(i).append("@contoso.com,z,p\n");
        String[] lines = refused(csv.toString()).getMessage().split(System.lineSeparator());
        assertEquals(26, lines.length);
        assertEquals("24 more rows have errors; nothing was created:", lines[1]);
        assertTrue(lines[25].startsWith("Error on row 26 of the CSV file: A recipient wasn't found for "
                + "'zed24@contoso.com'"), lines[25]);
    }

    @Test
    void add_users_skips_rows_already_in_the_batch() {
        List<CsvUser> users = new CsvValidator(directory, false, CsvValidator.Mode.AddUsers, OTHER_BATCH).validate(
                "EmailAddress,UserName,Password\nbob@contoso.com,b,p\nalice@contoso.com,a,p\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("alice@contoso.com"), Set.of(users.stream().map(CsvUser::emailAddress).toArray()));
    }
}
