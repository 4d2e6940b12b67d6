package io.migsh.lang.interpreter;

import io.migsh.command.ConfirmImpact;
import io.migsh.runtime.ActionPreference;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;

/** The automatic and preference variables of a new session's global scope (about_Automatic_Variables). */
final class AutomaticVariables {
    static final String VERSION = "7.4.0";

    private AutomaticVariables() {}

    /** $PSVersionTable.PSVersion: a SemanticVersion, so that scripts can test .Major; it prints as 7.4.0. */
    private static PsObject semanticVersion() {
        String[] parts = VERSION.split("\\.");
        PsObject v = new PsObject("System.Management.Automation.SemanticVersion", "System.Object");
        v.add("Major", Integer.parseInt(parts[0])).add("Minor", Integer.parseInt(parts[1]))
                .add("Patch", Integer.parseInt(parts[2])).add("PreReleaseLabel", null).add("BuildLabel", null);
        return v.withToString(VERSION);
    }

    static void define(Scope global) {
        global.define(new Variable("true", Boolean.TRUE, true));
        global.define(new Variable("false", Boolean.FALSE, true));
        global.define(new Variable("null", null, true));
        global.set("Error", new DotNetArrayList());
        global.set("ErrorActionPreference", ActionPreference.Continue);
        global.set("WarningPreference", ActionPreference.Continue);
        global.set("VerbosePreference", ActionPreference.SilentlyContinue);
        global.set("DebugPreference", ActionPreference.SilentlyContinue);
        global.set("InformationPreference", ActionPreference.SilentlyContinue);
        global.set("ProgressPreference", ActionPreference.Continue);
        global.set("ConfirmPreference", ConfirmImpact.High);
        global.set("WhatIfPreference", Boolean.FALSE);
        global.set("FormatEnumerationLimit", 4);
        global.set("OFS", " ");
        global.set("HOME", System.getProperty("user.home"));
        global.set("PID", ProcessHandle.current().pid());
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        global.define(new Variable("IsWindows", os.contains("win"), true));
        global.define(new Variable("IsLinux", os.contains("linux"), true));
        global.define(new Variable("IsMacOS", os.contains("mac"), true));
        global.set("PSCulture", "en-US");
        global.set("PSUICulture", "en-US");
        PsHashtable version = new PsHashtable();
        version.put("PSVersion", semanticVersion());
        version.put("PSEdition", "Core");
        version.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        version.put("Platform", os.contains("win") ? "Win32NT" : "Unix");
        version.put("PSCompatibleVersions", java.util.List.of("1.0", "2.0", "3.0", "4.0", "5.0", "5.1", "6.0", "7.0"));
        version.put("SerializationVersion", "1.1.0.1");
        global.set("PSVersionTable", version);
        PsObject host = new PsObject("System.Management.Automation.Internal.Host.InternalHost", "System.Object");
        host.add("Name", "ConsoleHost").add("Version", VERSION).add("CurrentCulture", "en-US")
                .add("CurrentUICulture", "en-US");
        global.set("Host", host.withToString("System.Management.Automation.Internal.Host.InternalHost"));
    }
}
