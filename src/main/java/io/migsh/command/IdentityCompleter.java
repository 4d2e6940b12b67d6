package io.migsh.command;

import java.util.List;

/**
 * Names of existing objects for Tab completion of a parameter value: batches, endpoints, migration users,
 * mailboxes... {@code kind} is the parameter's declared {@link Parameter#completion()}.
 */
public interface IdentityCompleter {
    List<String> complete(String kind, String prefix);
}
