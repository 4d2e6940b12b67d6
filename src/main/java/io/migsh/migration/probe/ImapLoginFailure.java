package io.migsh.migration.probe;

/**
 * The text Exchange gives when the source refuses a login, with the server's own response code and text, as the
 * migration guide quotes it: "Unable to log into account. --> ... --> Imap server sent NO response to
 * LoginCommand. Response code: '...', message: '...'".
 */
public final class ImapLoginFailure {
    private ImapLoginFailure() {}

    public static String text(String responseCode, String serverText) {
        return "Unable to log into account. --> Unable to log into account. --> The username or password for this "
                + "account is incorrect, or IMAP access is disabled. --> Imap server sent NO response to LoginCommand. "
                + "Response code: '" + (responseCode == null ? "" : responseCode) + "', message: '"
                + (serverText == null ? "" : serverText) + "'.";
    }
}
