package io.migsh.imap.client;

/**
 * Who logs in. The admin forms of Exchange's migration CSV ("Domain/Admin/User" for Exchange, "user*admin" for
 * Dovecot master users, "#user@domain#admin#" for Mirapoint) are user names the server itself understands and go
 * through LOGIN unchanged; {@link #onBehalfOf} is the standard way, AUTHENTICATE PLAIN with an authorization identity.
 *
 * @param authorizationId the user to act as (RFC 4616 authzid), or null to act as {@code userName}
 */
public record ImapCredentials(String userName, String password, ImapAuthMethod method, String authorizationId) {
    public ImapCredentials {
        if (method == null) method = ImapAuthMethod.LOGIN;
    }

    public static ImapCredentials login(String userName, String password) {
        return new ImapCredentials(userName, password, ImapAuthMethod.LOGIN, null);
    }

    public static ImapCredentials plain(String userName, String password) {
        return new ImapCredentials(userName, password, ImapAuthMethod.PLAIN, null);
    }

    /**
     * An administrator logging in with its own password to reach {@code user}'s mailbox: AUTHENTICATE PLAIN with
     * {@code user} as authorization identity, or, on a server without SASL PLAIN, LOGIN as "user*admin" (Dovecot's
     * master-user form).
     */
    public static ImapCredentials onBehalfOf(String admin, String adminPassword, String user) {
        return new ImapCredentials(admin, adminPassword, ImapAuthMethod.PLAIN, user);
    }

    /** The mailbox reached: the authorization identity if there is one, else the user name. */
    public String mailboxUser() {
        return authorizationId != null && !authorizationId.isEmpty() ? authorizationId : userName;
    }

    @Override
    public String toString() {
        return "ImapCredentials[" + userName + (authorizationId == null ? "" : " for " + authorizationId) + ", "
                + method + "]";
    }
}
