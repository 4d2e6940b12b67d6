package io.migsh.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The commands a session knows: cmdlets, their aliases, and the functions and aliases defined while it runs.
 * Names are case-insensitive, as everywhere in PowerShell.
 */
public final class CommandRegistry {
    private final Map<String, CommandInfo> commands = new ConcurrentHashMap<>();

    /** Adds cmdlet classes with their declared aliases; each is compiled when first used. */
    @SafeVarargs
    public final CommandRegistry addCmdlets(Class<? extends Cmdlet>... types) {
        for (Class<? extends Cmdlet> t : types) {
            CmdletDefinition d = CmdletDefinition.declare(t);
            add(d);
            for (String alias : d.aliases()) add(new AliasInfo(alias, d));
        }
        return this;
    }

    public void add(CommandInfo command) {
        commands.put(key(command.name()), command);
    }

    public void remove(String name) {
        commands.remove(key(name));
    }

    public Optional<CommandInfo> find(String name) {
        return Optional.ofNullable(commands.get(key(name)));
    }

    /** All commands sorted by name (Get-Command's order), aliases included. */
    public List<CommandInfo> all() {
        Map<String, CommandInfo> sorted = new TreeMap<>(commands);
        return new ArrayList<>(sorted.values());
    }

    public Collection<CommandInfo> unsorted() {
        return commands.values();
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
