package io.migsh.imap;

import io.migsh.imap.client.ImapCommandException;
import io.migsh.imap.client.ImapConnection;
import io.migsh.imap.client.ImapCredentials;
import io.migsh.imap.client.ImapEndpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

/**
 * What Test-MigrationServerAvailability needs: connect, secure, log in and log out again, with the failure in
 * Exchange's words when that does not work.
 */
public final class ServerAvailability {
    /**
     * @param success      whether the login worked
     * @param failure      the failure (type and text) when it did not, else null
     * @param capabilities the server's capabilities after login (empty on failure)
     * @param elapsed      how long the test took
     */
    public record Result(boolean success, SyncFailure failure, List<String> capabilities, Duration elapsed) {
    }

    private ServerAvailability() {
    }

    public static Result test(ImapEndpoint endpoint, ImapCredentials credentials) {
        long start = System.nanoTime();
        try (ImapConnection c = ImapConnection.open(endpoint, credentials)) {
            List<String> caps = List.copyOf(new TreeSet<>(c.protocol().getCapabilities().keySet()));
            return new Result(true, null, caps, Duration.ofNanos(System.nanoTime() - start));
        } catch (ImapCommandException e) {
            boolean login = e.command().equals("LoginCommand") || e.command().equals("AuthenticateCommand");
            return failed(start, FailureTypes.MIGRATION_PERMANENT,
                    (login ? FailureTypes.LOGIN_FAILED_PREFIX : "") + e.getMessage());
        } catch (IOException e) {
            return failed(start, FailureTypes.MIGRATION_TRANSIENT, "The connection to the server '" + endpoint.host()
                    + "' could not be completed. --> " + e.getMessage());
        }
    }

    private static Result failed(long start, String type, String text) {
        return new Result(false, new SyncFailure(java.time.Instant.now(), type, FailureSide.Source, null, text, false),
                List.of(), Duration.ofNanos(System.nanoTime() - start));
    }
}
