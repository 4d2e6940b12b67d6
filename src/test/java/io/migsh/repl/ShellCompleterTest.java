package io.migsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.cmdlets.core.CoreCmdlets;
import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.CommandRegistry;
import io.migsh.command.IdentityCompleter;
import io.migsh.command.Parameter;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.Host;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SessionState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCompleterTest {
    enum Security { None, Ssl, Tls }

    @CmdletInfo(verb = "Get", noun = "MigrationBatch")
    public static class GetBatch extends Cmdlet {
        @Parameter(position = 0, completion = "batch")
        String identity;
        @Parameter
        Security security;
        @Parameter
        Boolean autoStart;
        @Parameter(validateSet = {"Created", "Syncing", "Synced"})
        String status;
    }

    @CmdletInfo(verb = "Get", noun = "MigrationEndpoint")
    public static class GetEndpoint extends Cmdlet {}

    @TempDir
    Path dir;

    private ShellCompleter completer() throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("users.csv"), "x");
        Files.writeString(dir.resolve("my file.txt"), "x");
        Map<String, Object> vars = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        PsObject report = PsObject.custom().add("Failures", List.of()).add("SkippedItems", List.of());
        vars.put("syncstats", PsObject.custom().add("Report", report).add("Status", "Synced"));
        vars.put("sum", 3);
        vars.put("mailbox", "ann@contoso.com");
        SessionState state = new SessionState() {
            public Object get(String n) { return vars.get(n); }
            public boolean exists(String n) { return vars.containsKey(n); }
            public void set(String n, Object v) { vars.put(n, v); }
            public void remove(String n) { vars.remove(n); }
            public Map<String, Object> visible() { return vars; }
        };
        ExecutionContext ctx = new ExecutionContext(state, (Host) null, dir, dir, Clock.systemUTC());
        ctx.register(IdentityCompleter.class, (kind, prefix) -> kind.equals("batch")
                ? List.of("Pilot users", "Wave1").stream().filter(b -> b.toLowerCase().startsWith(prefix.toLowerCase())).toList()
                : List.of());
        CommandRegistry registry = new CommandRegistry().addCmdlets(CoreCmdlets.all().toArray(Class[]::new));
        registry.addCmdlets(GetBatch.class, GetEndpoint.class);
        return new ShellCompleter(registry, ctx);
    }

    @Test
    void command_names_complete_by_prefix_or_wildcard_with_aliases() throws Exception {
        assertEquals(List.of("Get-MigrationBatch", "Get-MigrationEndpoint"), completer().complete("Get-Migr"));
        assertEquals(List.of("Get-MigrationBatch"), completer().complete("$x | get-migrationb"));
        assertEquals(List.of("history"), completer().complete("histo"));
        assertEquals(List.of("Get-MigrationEndpoint"), completer().complete("*Endp"));
        assertEquals(List.of("Get-MigrationBatch"), completer().complete("& Get-MigrationB"));
    }

    @Test
    void parameter_names_list_own_parameters_before_common_ones() throws Exception {
        List<String> all = completer().complete("Get-MigrationBatch -");
        assertEquals(List.of("-Identity", "-Security", "-AutoStart", "-Status"), all.subList(0, 4));
        assertTrue(all.contains("-ErrorAction"));
        assertEquals(List.of("-Status"), completer().complete("Get-MigrationBatch -Stat"));
    }

    @Test
    void parameter_values_come_from_enums_sets_booleans_and_the_store() throws Exception {
        assertEquals(List.of("None", "Ssl", "Tls"), completer().complete("Get-MigrationBatch -Security "));
        assertEquals(List.of("Synced", "Syncing"), completer().complete("Get-MigrationBatch -Status Sync").stream().sorted().toList());
        assertEquals(List.of("$true", "$false"), completer().complete("Get-MigrationBatch -AutoStart "));
        assertEquals(List.of("'Pilot users'"), completer().complete("Get-MigrationBatch -Identity pi"));
        assertEquals(List.of("$true", "$false"), completer().complete("Get-MigrationBatch -Auto "));
    }

    @Test
    void a_bare_argument_completes_as_the_positional_parameter_it_binds_to() throws Exception {
        assertEquals(List.of("'Pilot users'", "Wave1"), completer().complete("Get-MigrationBatch "));
        assertEquals(List.of("Wave1"), completer().complete("Get-MigrationBatch -Security Tls w"));
        assertEquals(List.of("users.csv"), completer().complete("Get-MigrationBatch Wave1 u"));
    }

    @Test
    void variables_and_their_members_complete_from_live_values() throws Exception {
        assertEquals(List.of("$sum", "$syncstats"), completer().complete("$s"));
        assertEquals(List.of("$syncstats.Report.Failures"), completer().complete("$syncstats.Report.F"));
        assertEquals(List.of("$syncstats.Report", "$syncstats.Status", "$syncstats.Equals(", "$syncstats.GetHashCode(",
                "$syncstats.GetType(", "$syncstats.ToString("), completer().complete("Write-Output $syncstats."));
    }

    @Test
    void methods_complete_after_the_properties_from_the_values_type() throws Exception {
        assertEquals(List.of("$mailbox.ToCharArray(", "$mailbox.ToLower(", "$mailbox.ToLowerInvariant(", "$mailbox.ToString(",
                "$mailbox.ToUpper(", "$mailbox.ToUpperInvariant("), completer().complete("$mailbox.to"));
        assertEquals(List.of("$mailbox.Length", "$mailbox.LastIndexOf("), completer().complete("$mailbox.l"));
        assertEquals(List.of("$syncstats.Report.Failures.ForEach("), completer().complete("$syncstats.Report.Failures.fo"));
    }

    @Test
    void paths_complete_for_arguments_with_folders_marked_and_spaces_quoted() throws Exception {
        assertEquals(List.of("users.csv"), completer().complete("Get-Content u"));
        assertEquals(List.of("'my file.txt'"), completer().complete("Get-Content m"));
        assertEquals(List.of("reports/"), completer().complete("Set-Location r"));
    }
}
