package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.imap.client.ImapCredentials;
import io.migsh.imap.client.ImapEndpoint;
import io.migsh.imap.client.ImapSecurity;
import org.junit.jupiter.api.Test;

class ServerAvailabilityTest {
    @Test
    void reports_a_working_login_with_capabilities_and_a_refused_one_in_exchanges_words() throws Exception {
        try (GreenMailServer gm = new GreenMailServer().user("dave", "pw")) {
            ServerAvailability.Result ok = ServerAvailability.test(gm.endpoint(), ImapCredentials.login("dave", "pw"));
            assertTrue(ok.success());
            assertTrue(ok.capabilities().contains("UIDPLUS"), ok.capabilities()::toString);
            ServerAvailability.Result bad = ServerAvailability.test(gm.endpoint(), ImapCredentials.login("dave", "x"));
            assertFalse(bad.success());
            assertEquals("MigrationPermanentException", bad.failure().failureType());
            assertTrue(bad.failure().message().endsWith("Imap server sent NO response to LoginCommand. Response code: "
                    + "'', message: 'LOGIN failed. Invalid login/password for user id dave'"), bad.failure().message());
        }
    }

    @Test
    void an_unreachable_server_is_a_transient_failure() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ServerAvailability.Result r = ServerAvailability.test(ImapEndpoint.of("127.0.0.1", port, ImapSecurity.NONE),
                ImapCredentials.login("a", "b"));
        assertFalse(r.success());
        assertEquals("MigrationTransientException", r.failure().failureType());
        assertTrue(r.failure().message().startsWith("The connection to the server '127.0.0.1' could not be completed."));
    }
}
