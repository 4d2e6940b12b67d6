package io.migsh.lang;

/** `exit N`: ends the script (or the shell) with the exit code N. The launcher maps it to the process status. */
public final class ExitException extends RuntimeException {
    private final int code;

    public ExitException(int code) {
        super("exit " + code, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
