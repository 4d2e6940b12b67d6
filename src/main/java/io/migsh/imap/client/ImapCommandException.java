package io.migsh.imap.client;

/**
 * The server answered NO or BAD to a command. Carries the parts Exchange's IMAP errors show: the command (Exchange
 * names them "LoginCommand", "SelectCommand", ...), the response code in brackets (RFC 5530) and the server's text.
 */
public class ImapCommandException extends Exception {
    private final String command;
    private final String status;
    private final String responseCode;
    private final String serverText;

    public ImapCommandException(String command, String status, String responseCode, String serverText) {
        super(exchangeText(command, status, responseCode, serverText));
        this.command = command;
        this.status = status;
        this.responseCode = responseCode;
        this.serverText = serverText;
    }

    /** "Imap server sent NO response to LoginCommand. Response code: '', message: 'LOGIN failed.'" */
    public static String exchangeText(String command, String status, String code, String text) {
        return "Imap server sent " + status + " response to " + command + ". Response code: '" + code
                + "', message: '" + text + "'";
    }

    public String command() {
        return command;
    }

    /** "NO" or "BAD". */
    public String status() {
        return status;
    }

    public String responseCode() {
        return responseCode;
    }

    public String serverText() {
        return serverText;
    }
}
