package io.migsh.cmdlets.demo;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo server's face: it listens where clients connect, for plain IMAP or for IMAP over TLS (with GreenMail's
 * self-signed certificate), and passes each connection on to GreenMail's plain IMAP port through a {@link
 * FrontConnection}, which carries out the {@link FaultPlan} of the user who logs in. GreenMail cannot drop a
 * connection halfway through an answer or refuse one message, so the front does it in its place; a user without a
 * plan sees GreenMail as it is.
 */
final class ImapFront implements AutoCloseable {
    private final ServerSocket listener;
    private final int backendPort;
    private final Map<String, FaultPlan> plans;
    private final Set<FrontConnection> open = ConcurrentHashMap.newKeySet();

    private ImapFront(ServerSocket listener, int backendPort, Map<String, FaultPlan> plans) {
        this.listener = listener;
        this.backendPort = backendPort;
        this.plans = Map.copyOf(plans);
        Thread accept = new Thread(this::acceptLoop, "demo-imap-front-" + listener.getLocalPort());
        accept.setDaemon(true);
        accept.start();
    }

    /**
     * A front for plain IMAP on a port of the loopback address (0: a free one), before GreenMail's plain port.
     *
     * @param plans the fault plans by login, in lower case
     */
    static ImapFront plain(int port, int backendPort, Map<String, FaultPlan> plans) throws IOException {
        return new ImapFront(new ServerSocket(port, 50, loopback()), backendPort, plans);
    }

    /** A front for IMAP over TLS: it ends the TLS itself, with the certificate GreenMail's own IMAPS presents. */
    static ImapFront tls(int port, int backendPort, Map<String, FaultPlan> plans) throws IOException {
        ServerSocket s = new DummySSLServerSocketFactory().createServerSocket(port, 50, loopback());
        return new ImapFront(s, backendPort, plans);
    }

    private static InetAddress loopback() throws IOException {
        return InetAddress.getByName(DemoImapServer.HOST);
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            FrontConnection c = new FrontConnection(client, backendPort, plans::get, open::remove);
            open.add(c);
            Thread t = new Thread(c, "demo-imap-front-commands");
            t.setDaemon(true);
            t.start();
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing
        }
        for (FrontConnection c : open) c.close();
    }
}
