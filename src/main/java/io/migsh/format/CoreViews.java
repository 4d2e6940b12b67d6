package io.migsh.format;

import static io.migsh.format.Alignment.Right;

import io.migsh.runtime.DotNetFormat;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsDateTime;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Views of PowerShell's own types, as PowerShellCore.format.ps1xml and DotNetTypes.format.ps1xml declare them. */
final class CoreViews {
    private CoreViews() {}

    static void addTo(ViewRegistry r) {
        r.add("Microsoft.PowerShell.Commands.GroupInfo", TableView.of(
                new ViewColumn("Count", "Count", null, 5, Right), ViewColumn.of("Name", 25), ViewColumn.of("Group")));
        r.add("Microsoft.PowerShell.Commands.GroupInfo", ListView.ofProperties("Name", "Count", "Group", "Values"));
        r.add("Microsoft.PowerShell.Commands.GroupInfoNoElement", TableView.of(
                new ViewColumn("Count", "Count", null, 5, Right), ViewColumn.of("Name", 25)));
        r.add("Microsoft.PowerShell.Commands.GroupInfoNoElement", ListView.ofProperties("Name", "Count", "Values"));
        // PowerShell 7's live GenericMeasureInfo has no view (all seven properties, a list); the deserialized
        // one keeps Windows PowerShell's six.
        r.add("Deserialized.Microsoft.PowerShell.Commands.GenericMeasureInfo",
                ListView.ofProperties("Count", "Average", "Sum", "Maximum", "Minimum", "Property"));
        r.add("Microsoft.PowerShell.Commands.MemberDefinition", new TableView(List.of(
                ViewColumn.of("Name"), ViewColumn.of("MemberType"), ViewColumn.of("Definition")), true, "TypeName"));
        TableView commands = TableView.of(new ViewColumn("CommandType", "CommandType", null, 15, Alignment.Undefined),
                ViewColumn.computed("Name", o -> FormatMembers.get(o, FormatMembers.get(o, "DisplayName") != null
                        ? "DisplayName" : "Name"), 50, Alignment.Undefined), // an alias shows "gcm -> Get-Command"
                new ViewColumn("Version", "Version", null, 10, Alignment.Undefined), ViewColumn.labeled("Source", "Source"));
        for (String t : List.of("AliasInfo", "ApplicationInfo", "CmdletInfo", "ExternalScriptInfo", "FilterInfo",
                "FunctionInfo", "ScriptInfo")) {
            r.add("System.Management.Automation." + t, commands);
        }
        r.add("System.Management.Automation.PSVariable", TableView.of(ViewColumn.of("Name", 30), ViewColumn.of("Value")));
        r.add("System.Management.Automation.PathInfo", TableView.ofProperties("Path"));
        r.add("Microsoft.PowerShell.Commands.HistoryInfo", TableView.of(ViewColumn.of("Id", 4, Right),
                ViewColumn.computed("Duration", CoreViews::historyDuration, 12, Right), ViewColumn.of("CommandLine")));
        r.add("System.Collections.DictionaryEntry", TableView.of(ViewColumn.of("Name", 30), ViewColumn.of("Value")));
        r.add("System.Management.Automation.PSCredential", TableView.ofProperties("UserName", "Password"));
        // PowerShellCore.format.ps1xml: a type ([string], $x.GetType()) shows IsPublic, IsSerial, Name and BaseType.
        r.add("System.RuntimeType", TableView.of(ViewColumn.labeled("IsPublic", "IsPublic").withWidth(8),
                ViewColumn.labeled("IsSerial", "IsSerializable").withWidth(8), ViewColumn.of("Name", 40),
                ViewColumn.of("BaseType")));
        r.add("System.Management.Automation.SemanticVersion", TableView.of(ViewColumn.of("Major", 6),
                ViewColumn.of("Minor", 6), ViewColumn.of("Patch", 6), ViewColumn.of("PreReleaseLabel", 15),
                ViewColumn.of("BuildLabel", 11)));
        r.add("System.Guid", TableView.ofProperties("Guid"));
        r.add("System.TimeSpan", ListView.ofProperties("Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks",
                "TotalDays", "TotalHours", "TotalMinutes", "TotalSeconds", "TotalMilliseconds"));
        // DotNetTypes.format.ps1xml shows a DateTime alone by its DateTime script property: long date, long time.
        r.add("System.DateTime", new CustomView(o -> PsDateTime.adapt(o) instanceof PsDateTime d
                ? DotNetFormat.date(d, "F") : LanguagePrimitives.toText(o)));
    }

    /** The history view's Duration column: s.fff, m:ss.fff, h:mm:ss.fff, or hours:mm:ss.fff past ten hours. */
    private static Object historyDuration(Object o) {
        Object v = FormatMembers.get(o, "Duration");
        if (!(v instanceof Duration d)) return null;
        long ms = d.toMillisPart();
        if (d.toHours() >= 10) {
            return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", d.toHours(), d.toMinutesPart(), d.toSecondsPart(), ms);
        }
        if (d.toHours() >= 1) {
            return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", d.toHours(), d.toMinutesPart(), d.toSecondsPart(), ms);
        }
        if (d.toMinutes() >= 1) {
            return String.format(Locale.ROOT, "%d:%02d.%03d", d.toMinutesPart(), d.toSecondsPart(), ms);
        }
        return String.format(Locale.ROOT, "%d.%03d", d.toSecondsPart(), ms);
    }
}
