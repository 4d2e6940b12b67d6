package io.migsh.cmdlets.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.command.CommandRegistry;
import io.migsh.command.CommandSyntax;
import org.junit.jupiter.api.Test;

class CoreCmdletsTest {
    private final CommandRegistry registry = new CommandRegistry().addCmdlets(
            CoreCmdlets.all().toArray(Class[]::new));

    @Test
    void every_core_cmdlet_compiles_and_its_aliases_resolve() {
        assertEquals("Where-Object", registry.find("?").orElseThrow().metadata().name());
        assertEquals("ForEach-Object", registry.find("%").orElseThrow().metadata().name());
        assertTrue(registry.find("select").isPresent());
    }

    @Test
    void syntax_comes_from_the_declaration() {
        assertEquals("Get-Content [-Path] <string[]> [-TotalCount <long>] [-Tail <int>] [-Raw] [-Encoding <string>] "
                + "[<CommonParameters>]", CommandSyntax.lines(registry.find("gc").orElseThrow().metadata()).get(0));
        assertEquals("Set-Content [-Path] <string[]> [[-Value] <Object[]>] [-Encoding <string>] [-NoNewline] "
                + "[-WhatIf] [-Confirm] [<CommonParameters>]",
                CommandSyntax.lines(registry.find("Set-Content").orElseThrow().metadata()).get(0));
    }
}
