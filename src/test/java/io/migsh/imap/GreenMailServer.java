package io.migsh.imap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.migsh.imap.client.ImapCredentials;
import io.migsh.imap.client.ImapEndpoint;
import io.migsh.imap.client.ImapSecurity;
import java.time.Duration;

/** An in-process GreenMail IMAP server on a free port, with users created on demand. */
final class GreenMailServer implements AutoCloseable {
    final GreenMail greenMail;

    GreenMailServer() {
        greenMail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        greenMail.start();
    }

    GreenMailServer user(String login, String password) {
        greenMail.setUser(login + "@example.com", login, password);
        return this;
    }

    int port() {
        return greenMail.getImap().getPort();
    }

    ImapEndpoint endpoint() {
        return ImapEndpoint.of("127.0.0.1", port(), ImapSecurity.NONE)
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    ImapCredentials login(String user, String password) {
        return ImapCredentials.login(user, password);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
