package io.migsh.format;

import static io.migsh.format.Objects.custom;
import static io.migsh.format.Objects.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputFormatterTest {
    private final OutputFormatter formatter = new OutputFormatter(ViewRegistry.standard());

    private String format(int width, Object... objects) {
        return formatter.format(Arrays.asList(objects), width);
    }

    @Test
    void table_right_aligns_numbers_and_booleans_and_sizes_columns_from_all_rows() {
        String text = format(120, custom("Name", "alice", "Count", 3, "Enabled", true),
                custom("Name", "bob-with-a-longer-name", "Count", 12345, "Enabled", false));
        assertEquals("""

                Name                   Count Enabled
                ----                   ----- -------
                alice                      3    True
                bob-with-a-longer-name 12345   False

                """, text);
    }

    @Test
    void wide_east_asian_characters_take_two_cells_so_columns_stay_aligned() {
        String text = format(120, custom("FolderPath", "/お知らせ", "ItemsInFolder", 3),
                custom("FolderPath", "/Legal Hold", "ItemsInFolder", 0));
        assertEquals("""

                FolderPath  ItemsInFolder
                ----------  -------------
                /お知らせ               3
                /Legal Hold             0

                """, text);
        assertEquals("お知…", TableWriter.field("お知らせ", 5, Alignment.Left, false));
    }

    @Test
    void five_properties_print_as_a_list_with_collections_cut_at_four_items() {
        String text = format(120, custom("a", 1, "b", "two", "c", List.of(1, 2, 3, 4, 5), "d", null, "e", 2.5));
        assertEquals("""

                a : 1
                b : two
                c : {1, 2, 3, 4…}
                d :\s
                e : 2.5

                """, text);
    }

    @Test
    void list_entries_are_separated_by_one_blank_line_and_labels_padded_to_the_longest() {
        PsObject first = custom("Identity", "alice@contoso.com", "Status", "Synced", "Batch", "wave1", "Items", 10,
                "LastSyncTime", null);
        String text = format(120, first, first);
        String one = """
                Identity     : alice@contoso.com
                Status       : Synced
                Batch        : wave1
                Items        : 10
                LastSyncTime :\s
                """;
        assertEquals("\n" + one + "\n" + one + "\n", text);
    }

    @Test
    void hashtable_prints_as_name_value_table_with_a_thirty_wide_name_column() {
        PsHashtable h = new PsHashtable();
        h.put("a", 1);
        h.put("Folders", List.of("Inbox", "Sent Items"));
        assertEquals("""

                Name                           Value
                ----                           -----
                a                              1
                Folders                        {Inbox, Sent Items}

                """, format(80, h));
    }

    @Test
    void strings_and_numbers_print_as_lines_even_inside_a_table() {
        assertEquals("""
                hello
                42

                Name  Count
                ----  -----
                alice     3
                tail

                """, format(120, "hello", 42, custom("Name", "alice", "Count", 3), "tail"));
    }

    @Test
    void a_date_alone_prints_in_the_long_form_between_blank_lines() {
        assertEquals("\nWednesday, November 25, 2026 5:49:22 AM\n\n",
                format(120, OffsetDateTime.parse("2026-11-25T05:49:22Z")));
    }

    @Test
    void a_date_in_a_cell_prints_short_date_and_long_time() {
        assertEquals("""

                When
                ----
                11/25/2026 5:49:22 PM

                """, format(120, custom("When", OffsetDateTime.parse("2026-11-25T17:49:22Z"))));
    }

    @Test
    void nulls_and_empty_collections_print_nothing() {
        assertEquals("", format(120, null, List.of()));
    }

    @Test
    void group_info_view_uses_fixed_widths_and_cuts_with_an_ellipsis() {
        String group = "Microsoft.PowerShell.Commands.GroupInfo";
        String text = format(80,
                typed(group, "Count", 10, "Name", "0", "Group", List.of(2, 4, 6, 8, 10), "Values", List.of("0")),
                typed(group, "Count", 123456, "Name", "TooManyLargeItemsPermanentException", "Group", List.of(),
                        "Values", List.of()));
        assertEquals("""

                Count Name                      Group
                ----- ----                      -----
                   10 0                         {2, 4, 6, 8…}
                …3456 TooManyLargeItemsPermane… {}

                """, text);
    }

    @Test
    void get_member_output_is_grouped_by_type_name_and_sized_to_its_rows() {
        String member = "Microsoft.PowerShell.Commands.MemberDefinition";
        String text = format(80,
                typed(member, "TypeName", "System.String", "Name", "Length", "MemberType", "Property",
                        "Definition", "int Length {get;}"),
                typed(member, "TypeName", "System.Int32", "Name", "CompareTo", "MemberType", "Method",
                        "Definition", "int CompareTo(System.Object value), int CompareTo(int value), int IComparable.CompareTo(System.Object obj)"));
        assertEquals("""

                   TypeName: System.String

                Name   MemberType Definition
                ----   ---------- ----------
                Length Property   int Length {get;}

                   TypeName: System.Int32

                Name      MemberType Definition
                ----      ---------- ----------
                CompareTo Method     int CompareTo(System.Object value), int CompareTo(int valu…

                """, text);
    }

    @Test
    void a_table_wider_than_the_screen_cuts_the_last_column() {
        String text = format(40, custom("Identity", "alice@contoso.com", "Message",
                "Imap server sent NO response to LoginCommand."));
        assertEquals("""

                Identity          Message
                --------          -------
                alice@contoso.com Imap server sent NO r…

                """, text);
    }

    @Test
    void objects_after_a_property_table_fill_its_columns() {
        // The second object has no "a": its cell is empty, padded to the right-aligned column's width.
        assertEquals("\na\n-\n1\n \n\n", format(120, custom("a", 1), custom("b", 2)));
    }

    @Test
    void an_object_that_does_not_fit_a_view_prints_as_a_list_of_its_own() {
        PsObject batch = typed(ExchangeViews.MIGRATION_BATCH, "Identity", "wave1", "Status", "Created",
                "MigrationType", "IMAP", "TotalCount", 2);
        assertEquals("""

                Identity Status  Type TotalCount
                -------- ------  ---- ----------
                wave1    Created IMAP 2

                x : 1
                y : 2


                """, format(120, batch, custom("x", 1, "y", 2)));
    }

    @Test
    void a_deserialized_object_uses_the_live_type_view() {
        PsObject user = new PsObject("Deserialized." + ExchangeViews.MIGRATION_USER_STATISTICS,
                "Deserialized.System.Object");
        user.add("Identity", "bob@contoso.com");
        user.add("BatchId", "wave1");
        user.add("Status", "Synced");
        user.add("SyncedItemCount", 1234L);
        user.add("SkippedItemCount", 0L);
        user.add("Error", null);
        assertEquals("""

                Identity        Batch Status Items Synced Items Skipped
                --------        ----- ------ ------------ -------------
                bob@contoso.com wave1 Synced 1234         0

                """, format(120, user));
    }

    @Test
    void long_list_values_wrap_at_word_boundaries_under_the_value_column() {
        String text = format(60, custom("FailureType", "MigrationPermanentException", "Message",
                "Error: MigrationPermanentException: Unable to log into account. --> Imap server sent NO response.",
                "A", 1, "B", 2, "C", 3));
        assertEquals("""

                FailureType : MigrationPermanentException
                Message     : Error: MigrationPermanentException: Unable to\s
                              log into account. --> Imap server sent NO\s
                              response.
                A           : 1
                B           : 2
                C           : 3

                """, text);
    }

    @Test
    void a_multi_line_value_shows_its_first_line_and_an_ellipsis_in_a_cell() {
        assertEquals("""

                Name Report
                ---- ------
                a    line one…

                """, format(120, custom("Name", "a", "Report", "line one\nline two")));
    }

    @Test
    void a_nested_custom_object_in_a_cell_prints_as_its_hashtable_text() {
        assertEquals("""

                Name Settings
                ---- --------
                src  @{Port=993; Security=Ssl}

                """, format(120, custom("Name", "src", "Settings", custom("Port", 993, "Security", "Ssl"))));
    }

    @Test
    void enumeration_limit_minus_one_shows_every_item() {
        OutputFormatter all = new OutputFormatter(ViewRegistry.standard()).withEnumerationLimit(-1);
        assertEquals("\nc\n-\n{1, 2, 3, 4, 5}\n\n", all.format(List.of(custom("c", List.of(1, 2, 3, 4, 5))), 120));
    }

    @Test
    void streaming_session_prints_view_tables_row_by_row() {
        List<String> lines = new java.util.ArrayList<>();
        try (OutputFormatter.Session s = formatter.open(80, lines::add)) {
            s.write(typed("Microsoft.PowerShell.Commands.GroupInfo", "Count", 2, "Name", "Failed", "Group", List.of()));
            assertEquals(List.of("", "Count Name                      Group", "----- ----                      -----",
                    "    2 Failed                    {}"), lines);
        }
        assertEquals("", lines.get(lines.size() - 1));
    }

    @Test
    void get_command_view_keeps_its_fixed_widths_and_wraps_the_label_of_the_squeezed_last_column() {
        PsObject cmd = new PsObject("System.Management.Automation.CmdletInfo", "System.Management.Automation.CommandInfo",
                "System.Object");
        cmd.add("CommandType", "Cmdlet");
        cmd.add("Name", "Get-MigrationUserStatistics");
        cmd.add("Version", "");
        cmd.add("Source", "migsh");
        assertEquals("""

                CommandType     Name                                               Version    So
                                                                                              ur
                                                                                              ce
                -----------     ----                                               -------    --
                Cmdlet          Get-MigrationUserStatistics                                   m…

                """, format(80, cmd));
    }

    @Test
    void a_time_span_prints_as_a_list_and_a_guid_as_a_table() {
        String text = format(120, java.time.Duration.ofSeconds(3725, 5_000_000));
        assertEquals("\nDays              : 0\nHours             : 1\nMinutes           : 2\nSeconds           : 5\n"
                + "Milliseconds      : 5\nTicks             : 37250050000\nTotalDays         : 0.0431134837962963\n"
                + "TotalHours        : 1.03472361111111\nTotalMinutes      : 62.0834166666667\n"
                + "TotalSeconds      : 3725.005\nTotalMilliseconds : 3725005\n\n", text);
        assertEquals("\nGuid\n----\n59ce2f71-eaa2-4ddf-a4fa-f25069d0b324\n\n",
                format(120, java.util.UUID.fromString("59ce2f71-eaa2-4ddf-a4fa-f25069d0b324")));
    }

    @Test
    void an_empty_custom_object_prints_an_empty_line() {
        assertEquals("\n", format(120, PsObject.custom()));
    }

    @Test
    void remote_objects_show_their_notes_first_and_hide_the_computer_name_unless_asked() {
        PsObject o = new PsObject("Deserialized.Microsoft.Exchange.Monitoring.ExchangeServicesStatus",
                "Deserialized.System.Object");
        o.add("Role", "Mailbox Server Role");
        o.add("RequiredServicesRunning", true);
        o.add("IsValid", true);
        o.add("Identity", null);
        o.addNote("PSComputerName", "ex1.contoso.com");
        o.addNote("RunspaceId", "4f1d6ed3-81ee-4120-9d38-b803867135e5");
        o.addNote("PSShowComputerName", false);
        assertEquals("""

                RunspaceId              : 4f1d6ed3-81ee-4120-9d38-b803867135e5
                Role                    : Mailbox Server Role
                RequiredServicesRunning : True
                IsValid                 : True
                Identity                :\s

                """, format(120, o));
        o.set("PSShowComputerName", true);
        assertEquals("""

                PSComputerName          : ex1.contoso.com
                RunspaceId              : 4f1d6ed3-81ee-4120-9d38-b803867135e5
                Role                    : Mailbox Server Role
                RequiredServicesRunning : True
                IsValid                 : True
                Identity                :\s

                """, format(120, o));
    }
}
