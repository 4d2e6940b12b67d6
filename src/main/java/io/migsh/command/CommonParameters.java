package io.migsh.command;

import io.migsh.runtime.ActionPreference;
import java.util.ArrayList;
import java.util.List;

/** PowerShell's common parameters, which every cmdlet and advanced function accepts. */
public final class CommonParameters {
    private CommonParameters() {}

    public static final List<ParameterMetadata> ALWAYS = List.of(
            common("Verbose", Boolean.class, true, "vb"),
            common("Debug", Boolean.class, true, "db"),
            common("ErrorAction", ActionPreference.class, false, "ea"),
            common("WarningAction", ActionPreference.class, false, "wa"),
            common("InformationAction", ActionPreference.class, false, "infa"),
            common("ProgressAction", ActionPreference.class, false, "proga"),
            common("ErrorVariable", String.class, false, "ev"),
            common("WarningVariable", String.class, false, "wv"),
            common("InformationVariable", String.class, false, "iv"),
            common("OutVariable", String.class, false, "ov"),
            common("OutBuffer", Integer.class, false, "ob"),
            common("PipelineVariable", String.class, false, "pv"));

    public static final List<ParameterMetadata> SHOULD_PROCESS = List.of(
            common("WhatIf", Boolean.class, true, "wi"),
            common("Confirm", Boolean.class, true, "cf"));

    /** A command's own parameters followed by the common ones it takes. */
    public static List<ParameterMetadata> withCommon(List<ParameterMetadata> own, boolean shouldProcess) {
        List<ParameterMetadata> all = new ArrayList<>(own);
        all.addAll(ALWAYS);
        if (shouldProcess) all.addAll(SHOULD_PROCESS);
        return List.copyOf(all);
    }

    private static ParameterMetadata common(String name, Class<?> type, boolean isSwitch, String alias) {
        return new ParameterMetadata(name, type, isSwitch, -1, false, List.of(alias), List.of(), false, false, false,
                List.of(), false, List.of(), false, false, null, "", "", true);
    }
}
