package io.migsh.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A command's compiled declaration: its name and parameters, shared by cmdlets and script functions. */
public record CommandMetadata(
        String name,
        List<ParameterMetadata> parameters,
        String defaultParameterSet,
        boolean supportsShouldProcess,
        ConfirmImpact confirmImpact,
        List<String> outputTypes) {

    public Optional<ParameterMetadata> parameter(String n) {
        for (ParameterMetadata p : parameters) if (p.answersTo(n)) return Optional.of(p);
        return Optional.empty();
    }

    /** Declared parameter sets, in declaration order; one unnamed set when none is declared. */
    public List<String> parameterSets() {
        Set<String> sets = new LinkedHashSet<>();
        if (!defaultParameterSet.isEmpty()) sets.add(defaultParameterSet);
        for (ParameterMetadata p : parameters) sets.addAll(p.sets());
        if (sets.isEmpty()) sets.add(ParameterMetadata.ALL_SETS);
        return new ArrayList<>(sets);
    }

    /** The parameters the command itself declares, without the common ones. */
    public List<ParameterMetadata> ownParameters() {
        return parameters.stream().filter(p -> !p.common()).toList();
    }
}
