package io.migsh.cmdlets.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.command.AliasInfo;
import io.migsh.command.CommandRegistry;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorCategoryInfo;
import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsObject;
import io.migsh.shell.Shell;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Core cmdlets run by the language, asserting the objects they write rather than how they print. */
class CorePipelineTest {
    @TempDir
    Path dir;

    private Session session() {
        return new Session(dir);
    }

    @Test
    void write_output_and_write_host_keep_every_positional_argument() {
        Session s = session();
        assertEquals(List.of(1, 2, 3), s.run("Write-Output 1 2 3"));
        assertEquals(List.of(1, 2, 3), s.run("Write-Output 1, 2 3"));
        s.run("Write-Host a b c -Separator '|'");
        assertEquals("a|b|c\n", s.host.toString());
    }

    @Test
    void measure_command_gives_one_time_span_for_all_its_input() {
        Object t = session().one("1..3 | Measure-Command { $_ }");
        assertInstanceOf(Duration.class, t);
    }

    @Test
    void select_object_skip_with_last_counts_from_the_end() {
        Session s = session();
        assertEquals(List.of(3, 4), s.run("1..5 | Select-Object -Last 2 -Skip 1"));
        assertEquals(List.of(1), s.run("1..3 | Select-Object -Last 2 -Skip 2"));
        assertEquals(List.of(2, 3), s.run("1..5 | Select-Object -Skip 1 -First 2"));
    }

    @Test
    void new_object_builds_the_same_objects_as_the_type_constructors() {
        Session s = session();
        assertEquals("System.Collections.ArrayList", s.one("(New-Object System.Collections.ArrayList).GetType().FullName"));
        PsCredential c = (PsCredential) s.one("New-Object PSCredential('ann', (ConvertTo-SecureString 'pw' -AsPlainText -Force))");
        assertEquals("ann", c.userName());
        assertEquals(1, s.one("(New-Object PSObject -Property @{ A = 1 }).A"));
    }

    @Test
    void get_member_tells_note_properties_from_properties() {
        Session s = session();
        List<Object> members = s.run("[pscustomobject]@{ Name = 'x' } | Get-Member -MemberType Properties");
        assertEquals("NoteProperty", ((PsObject) members.get(0)).get("MemberType"));
        List<Object> record = s.run("Get-Alias gcm | Get-Member Name");
        assertEquals("Property", ((PsObject) record.get(0)).get("MemberType"));
    }

    @Test
    void secure_string_has_a_length_but_no_text() {
        Session s = session();
        assertEquals(8, s.one("(ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force).Length"));
        assertEquals("System.Security.SecureString", s.one("\"$(ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force)\""));
    }

    @Test
    void an_alias_is_named_by_itself_and_displayed_with_its_command() {
        Session s = session();
        assertEquals(List.of("gcm", "gcm -> Get-Command", "Get-Command"),
                s.run("$a = Get-Alias gcm; $a.Name; $a.DisplayName; $a.Definition"));
        assertEquals("Alias", s.one("(Get-Command -Name gm).CommandType").toString());
    }

    @Test
    void the_usual_aliases_resolve_to_their_cmdlets() {
        String[][] pairs = {{"sv", "Set-Variable"}, {"ac", "Add-Content"}, {"sc", "Set-Content"},
            {"gv", "Get-Variable"}, {"rv", "Remove-Variable"}, {"cls", "Clear-Host"}, {"clear", "Clear-Host"},
            {"sleep", "Start-Sleep"}, {"select", "Select-Object"}, {"where", "Where-Object"}, {"?", "Where-Object"},
            {"%", "ForEach-Object"}, {"foreach", "ForEach-Object"}, {"sort", "Sort-Object"},
            {"group", "Group-Object"}, {"measure", "Measure-Object"}, {"gm", "Get-Member"}, {"gcm", "Get-Command"},
            {"gal", "Get-Alias"}, {"gc", "Get-Content"}, {"h", "Get-History"}, {"history", "Get-History"},
            {"ghy", "Get-History"}, {"echo", "Write-Output"}, {"write", "Write-Output"}, {"ft", "Format-Table"},
            {"fl", "Format-List"}, {"fw", "Format-Wide"}};
        CommandRegistry registry = Shell.commands();
        for (String[] p : pairs) {
            AliasInfo alias = (AliasInfo) registry.find(p[0]).orElseThrow(() -> new AssertionError(p[0]));
            assertEquals(p[1], alias.definition(), p[0]);
        }
    }

    @Test
    void an_error_record_has_a_category_info_object() {
        Session s = session();
        s.run("Write-Error 'No mailbox' -Category ObjectNotFound -TargetObject ann -ErrorAction SilentlyContinue "
                + "-ErrorVariable problems");
        ErrorCategoryInfo info = (ErrorCategoryInfo) s.one("$problems[0].CategoryInfo");
        assertEquals(ErrorCategory.ObjectNotFound, info.category());
        assertEquals("Write-Error", info.activity());
        assertEquals("WriteErrorException", info.reason());
        assertEquals("ObjectNotFound: (ann:String) [Write-Error], WriteErrorException", info.toString());
        assertEquals("NotSpecified: (:) [Write-Error], WriteErrorException",
                s.one("Write-Error 'x' -ErrorAction SilentlyContinue -ErrorVariable e; \"$($e[0].CategoryInfo)\""));
    }

    @Test
    void a_stop_preference_error_is_caught_as_action_preference_stop_with_its_own_message() {
        Session s = session();
        assertEquals(List.of("stop: No mailbox", "Microsoft.PowerShell.Commands.WriteErrorException,Write-Error"),
                s.run("try { Write-Error 'No mailbox' -ErrorAction Stop } "
                        + "catch [System.Management.Automation.ActionPreferenceStopException] { "
                        + "\"stop: $($_.Exception.Message)\"; $_.FullyQualifiedErrorId }"));
        assertEquals("own type", s.one("try { Write-Error 'x' -ErrorAction Stop } "
                + "catch [Microsoft.PowerShell.Commands.WriteErrorException] { 'own type' }"));
        assertEquals("generic", s.one("try { throw 'x' } "
                + "catch [System.Management.Automation.ActionPreferenceStopException] { 'stop' } catch { 'generic' }"));
        assertEquals("stop", s.one("$ErrorActionPreference = 'Stop'; try { Get-Variable nope } "
                + "catch [System.Management.Automation.ActionPreferenceStopException] { 'stop' }"));
    }

    @Test
    void get_command_lists_aliases_before_cmdlets() {
        List<Object> all = session().run("Get-Command");
        assertEquals("Alias", ((PsObject) all.get(0)).get("CommandType").toString());
        assertEquals("Cmdlet", ((PsObject) all.get(all.size() - 1)).get("CommandType").toString());
        assertTrue(all.size() > 100);
    }
}
