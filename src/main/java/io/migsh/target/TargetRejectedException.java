package io.migsh.target;

/** The target refused something for good: a login, a folder it will not create or open. Retrying will not help. */
public class TargetRejectedException extends Exception {
    private final String command;

    public TargetRejectedException(String command, String message) {
        super(message);
        this.command = command;
    }

    /** The operation refused, e.g. "LoginCommand", "CreateCommand". */
    public String command() {
        return command;
    }
}
