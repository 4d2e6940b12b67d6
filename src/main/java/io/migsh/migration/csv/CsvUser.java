package io.migsh.migration.csv;

import java.util.UUID;

/** A validated CSV row of an IMAP migration: target address and mailbox, source login, optional UserRoot. */
public record CsvUser(int row, String emailAddress, UUID mailboxId, String userName, char[] password,
        String userRoot) {
    @Override
    public String toString() {
        return "CsvUser[row " + row + ", " + emailAddress + "]";
    }
}
