package io.migsh.cmdlets.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletDefinition;
import io.migsh.command.CommandArgument;
import io.migsh.command.CommandProcessor;
import io.migsh.command.Pipeline;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCmdletsTest {
    private final Fixture fx = new Fixture();

    /** One stage of a pipeline: a cmdlet class and its arguments. */
    private record Stage(Class<? extends Cmdlet> type, List<CommandArgument> args) {}

    private static Stage stage(Class<? extends Cmdlet> type, CommandArgument... args) {
        return new Stage(type, List.of(args));
    }

    private List<Object> run(List<?> input, Stage... stages) {
        List<CommandProcessor> processors = new ArrayList<>();
        for (Stage s : stages) processors.add(CmdletDefinition.compile(s.type()).newProcessor(s.args(), fx.context, null));
        List<Object> out = new ArrayList<>();
        Pipeline.run(processors, input, out::add);
        return out;
    }

    private String text(List<?> input, Stage... stages) {
        List<Stage> all = new ArrayList<>(Arrays.asList(stages));
        all.add(stage(OutStringCommand.class));
        List<Object> out = run(input, all.toArray(new Stage[0]));
        return (String) out.get(0);
    }

    private static PsObject user(String identity, String status, long synced) {
        PsObject o = PsObject.custom();
        o.add("Identity", identity);
        o.add("Status", status);
        o.add("SyncedItemCount", synced);
        o.add("BatchId", "wave1");
        o.add("MailboxGuid", "5d8b2c3e");
        return o;
    }

    private final List<Object> users = List.of(user("alice@contoso.com", "Synced", 1234),
            user("bob@contoso.com", "Failed", 7));

    private static PsHashtable hashtable(Object... pairs) {
        PsHashtable h = new PsHashtable();
        for (int i = 0; i < pairs.length; i += 2) h.put(pairs[i], pairs[i + 1]);
        return h;
    }

    @Test
    void format_table_with_named_properties_prints_through_out_string() {
        assertEquals("""

                Identity          Status SyncedItemCount
                --------          ------ ---------------
                alice@contoso.com Synced            1234
                bob@contoso.com   Failed               7

                """, text(users, stage(FormatTableCommand.class,
                CommandArgument.Positional.of(List.of("Identity", "Status", "SyncedItemCount")))));
    }

    @Test
    void format_table_takes_wildcards_and_calculated_properties_with_width_and_alignment() {
        PsHashtable size = hashtable("n", "Items", "e", new TestScript("$_.SyncedItemCount * 2",
                o -> ((Long) ((PsObject) o).get("SyncedItemCount")) * 2));
        PsHashtable who = hashtable("Label", "Who", "Expression", "Identity", "Width", 8, "Alignment", "Right");
        fx.width = 41; // a console 41 columns wide formats to 40, leaving its last column empty
        // The first column has a width, so the others share the rest of the line (PowerShell sizes columns from
        // the data only when the first column has no width).
        assertEquals("""

                     Who Status                    Items
                     --- ------                    -----
                …oso.com Synced                     2468
                …oso.com Failed                       14

                """, text(users, stage(FormatTableCommand.class,
                CommandArgument.Positional.of(List.of(who, "Stat*", size)))));
    }

    @Test
    void format_table_script_block_column_is_headed_by_its_text() {
        TestScript upper = new TestScript("$_.Status.ToUpper()", o -> ((String) ((PsObject) o).get("Status")).toUpperCase());
        assertEquals("\n$_.Status.ToUpper()\n-------------------\nSYNCED\nFAILED\n\n",
                text(users, stage(FormatTableCommand.class, CommandArgument.Positional.of(List.of(upper)))));
    }

    @Test
    void an_unknown_calculated_property_key_is_an_error() {
        PsException e = assertThrows(PsException.class, () -> text(users, stage(FormatTableCommand.class,
                CommandArgument.Positional.of(List.of(hashtable("Foo", 1, "e", "Identity"))))));
        assertEquals("The Foo key is not valid.", e.getMessage());
    }

    @Test
    void hide_table_headers_and_group_by() {
        assertEquals("""


                   Status: Synced

                alice@contoso.com

                   Status: Failed

                bob@contoso.com

                """.substring(1), text(users, stage(FormatTableCommand.class,
                CommandArgument.Positional.of(List.of("Identity")), CommandArgument.Named.flag("HideTableHeaders"),
                CommandArgument.Named.of("GroupBy", "Status"))));
    }

    @Test
    void wrap_spreads_long_cells_over_several_lines() {
        PsObject o = PsObject.custom();
        o.add("Name", "a");
        o.add("Message", "Imap server sent NO response to LoginCommand.");
        PsHashtable msg = hashtable("e", "Message", "w", 20);
        assertEquals("""

                Message              Name
                -------              ----
                Imap server sent NO  a
                response to
                LoginCommand.

                """, text(List.of(o), stage(FormatTableCommand.class,
                CommandArgument.Positional.of(List.of(msg, "Name")), CommandArgument.Named.flag("Wrap"))));
    }

    @Test
    void format_list_with_star_and_with_names() {
        assertEquals("""

                Identity        : alice@contoso.com
                Status          : Synced
                SyncedItemCount : 1234
                BatchId         : wave1
                MailboxGuid     : 5d8b2c3e

                """, text(users.subList(0, 1), stage(FormatListCommand.class, CommandArgument.Positional.of("*"))));
        assertEquals("""

                Identity : alice@contoso.com
                Status   : Synced

                Identity : bob@contoso.com
                Status   : Failed

                """, text(users, stage(FormatListCommand.class,
                CommandArgument.Positional.of(List.of("Identity", "Status", "NoSuchProperty")))));
    }

    @Test
    void format_wide_puts_two_names_per_line() {
        PsObject a = PsObject.custom();
        a.add("Name", "Inbox");
        PsObject b = PsObject.custom();
        b.add("Name", "Sent Items");
        PsObject c = PsObject.custom();
        c.add("Name", "Junk");
        fx.width = 41; // 40 usable columns
        assertEquals("\nInbox                Sent Items\nJunk                 \n\n",
                text(List.of(a, b, c), stage(FormatWideCommand.class)));
    }

    @Test
    void out_string_stream_gives_one_string_per_line_and_width_shrinks_the_last_column() {
        List<Object> lines = run(users, stage(FormatTableCommand.class,
                CommandArgument.Positional.of(List.of("Identity", "Status", "SyncedItemCount"))),
                stage(OutStringCommand.class, CommandArgument.Named.flag("Stream"), CommandArgument.Named.of("Width", 30)));
        // The last column is cut to fit 30 cells; its label wraps and the dashes are as wide as the column.
        assertEquals(List.of("", "Identity          Status Synce", "                         dItem",
                "                         Count", "--------          ------ -----", "alice@contoso.com Synced  1234",
                "bob@contoso.com   Failed     7", ""), lines);
    }

    @Test
    void out_string_of_scalars_ends_each_with_a_newline() {
        assertEquals("1\ntwo\n", text(List.of(1, "two")));
    }

    @Test
    void out_file_writes_the_table_in_utf8_without_bom_and_appends(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("users.txt");
        run(users, stage(FormatTableCommand.class, CommandArgument.Positional.of(List.of("Identity", "Status"))),
                stage(OutFileCommand.class, CommandArgument.Positional.of(file.toString())));
        String expected = """

                Identity          Status
                --------          ------
                alice@contoso.com Synced
                bob@contoso.com   Failed

                """.replace("\n", System.lineSeparator());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(expected, new String(bytes, StandardCharsets.UTF_8));
        assertEquals('\n', bytes[0] == '\r' ? bytes[1] : bytes[0]);
        run(List.of("done"), stage(OutFileCommand.class, CommandArgument.Positional.of(file.toString()),
                CommandArgument.Named.flag("Append")));
        assertEquals(expected + "done" + System.lineSeparator(), Files.readString(file));
    }

    @Test
    void out_file_no_clobber_refuses_an_existing_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.txt");
        Files.writeString(file, "keep");
        PsException e = assertThrows(PsException.class, () -> run(List.of("new"), stage(OutFileCommand.class,
                CommandArgument.Positional.of(file.toString()), CommandArgument.Named.flag("NoClobber"))));
        assertEquals("The file '" + file + "' already exists.", e.getMessage());
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void out_file_with_unicode_encoding_writes_a_byte_order_mark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("u.txt");
        run(List.of("é"), stage(OutFileCommand.class, CommandArgument.Positional.of(file.toString()),
                CommandArgument.Named.of("Encoding", "unicode")));
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of(0xff, 0xfe, 0xe9, 0x00), List.of(bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff,
                bytes[3] & 0xff));
    }

    @Test
    void out_null_discards_and_out_default_writes_to_the_host() {
        assertEquals(List.of(), run(users, stage(OutNullCommand.class)));
        run(List.of("hello", 42), stage(OutDefaultCommand.class));
        assertEquals("hello\n42\n", fx.output.toString());
    }

    @Test
    void enumeration_limit_comes_from_the_session_variable() {
        fx.vars.put("formatenumerationlimit", 2);
        PsObject o = PsObject.custom();
        o.add("Folders", List.of("Inbox", "Sent", "Junk"));
        assertEquals("\nFolders\n-------\n{Inbox, Sent…}\n\n", text(List.of(o)));
    }

    @Test
    void every_cmdlet_declaration_compiles() {
        for (Class<? extends Cmdlet> type : FormatCmdlets.all()) CmdletDefinition.compile(type);
        assertEquals(8, FormatCmdlets.all().size());
    }
}
