package io.migsh.cmdlets.demo;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The demo's old mail server: GreenMail in this process on loopback, holding {@link DemoMailboxes}, behind two
 * {@link ImapFront}s where clients connect: plain IMAP on one port, IMAP over TLS (GreenMail's own self-signed
 * certificate) on another. One folder is refused as a locked folder would be (see {@link RefusingHostManager}); the
 * fronts carry out the faults of the troubled users, when the server holds them.
 */
public final class DemoImapServer implements AutoCloseable {
    public static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final ImapFront plain;
    private final ImapFront tls;
    private final List<DemoSeeder.SeededUser> users;

    private DemoImapServer(GreenMail greenMail, ImapFront plain, ImapFront tls, List<DemoSeeder.SeededUser> users) {
        this.greenMail = greenMail;
        this.plain = plain;
        this.tls = tls;
        this.users = users;
    }

    /**
     * Starts the server and fills it. A port of 0 takes a free one.
     *
     * @param withLargeMessage false leaves out the 36 MB message (quicker, for examples that don't need it)
     * @param withTroubledUsers true adds {@link DemoMailboxes#troubledUsers()}, whose mail the server has trouble
     *                          serving
     */
    public static DemoImapServer start(int port, int sslPort, boolean withLargeMessage, boolean withTroubledUsers)
            throws IOException {
        List<DemoMailboxes.User> definitions = new ArrayList<>(DemoMailboxes.users());
        if (withTroubledUsers) definitions.addAll(DemoMailboxes.troubledUsers());
        Set<String> refused = new java.util.HashSet<>();
        for (DemoMailboxes.User u : definitions) {
            for (DemoMailboxes.Folder f : u.folders()) {
                if (f.path().equals(DemoMailboxes.REFUSED_FOLDER)) refused.add(u.login() + "/" + f.path());
            }
        }
        // GreenMail's own port is internal: clients reach it through the fronts.
        GreenMail gm = new RefusingGreenMail(new ServerSetup[] {setup(0, ServerSetup.PROTOCOL_IMAP)}, refused);
        startQuietly(gm);
        ImapFront plainFront = null;
        try {
            List<DemoSeeder.SeededUser> seeded = new DemoSeeder(gm).seed(definitions, withLargeMessage);
            Map<String, FaultPlan> plans = new HashMap<>();
            for (DemoSeeder.SeededUser u : seeded) {
                if (u.faults() != null) plans.put(u.user().login().toLowerCase(Locale.ROOT), u.faults());
            }
            int backend = gm.getImap().getPort();
            plainFront = ImapFront.plain(port, backend, plans);
            ImapFront tlsFront = ImapFront.tls(sslPort, backend, plans);
            return new DemoImapServer(gm, plainFront, tlsFront, seeded);
        } catch (RuntimeException | IOException e) {
            if (plainFront != null) plainFront.close();
            gm.stop();
            throw e;
        }
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return plain.port();
    }

    public int sslPort() {
        return tls.port();
    }

    public List<DemoSeeder.SeededUser> users() {
        return users;
    }

    public boolean isRunning() {
        return greenMail.isRunning();
    }

    @Override
    public void close() {
        plain.close();
        tls.close();
        greenMail.stop();
    }

    /**
     * Starts GreenMail from a thread of {@link #QUIET}, so its server threads and their connection threads belong to
     * that group. GreenMail lets the exception of a client that hangs up mid-conversation (the front, when it drops a
     * connection on purpose or its client went away) escape its connection thread; the group keeps those off the
     * admin's console.
     */
    private static void startQuietly(GreenMail gm) throws IOException {
        RuntimeException[] failure = new RuntimeException[1];
        Thread starter = new Thread(QUIET, () -> {
            try {
                gm.start();
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "demo-imap-start");
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            gm.stop();
            throw new IOException("Interrupted while the demo IMAP server started.");
        }
        if (failure[0] != null) throw failure[0];
    }

    private static final ThreadGroup QUIET = new ThreadGroup("demo-imap") {
        @Override
        public void uncaughtException(Thread t, Throwable e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof java.net.SocketException || c instanceof javax.net.ssl.SSLException) return;
            }
            super.uncaughtException(t, e);
        }
    };

    /** Port 0: the system picks a free port when the service binds, so two demos never race for one. */
    private static ServerSetup setup(int port, String protocol) {
        ServerSetup s = new ServerSetup(port, HOST, protocol);
        return port == 0 ? s.dynamicPort() : s;
    }

    /** GreenMail whose IMAP services see the folder directory through {@link RefusingHostManager}. */
    private static final class RefusingGreenMail extends GreenMail {
        private final Set<String> refused;

        RefusingGreenMail(ServerSetup[] setups, Set<String> refused) {
            super(setups);
            this.refused = refused;
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers mgr) {
            return super.createServices(config, new RefusingManagers(mgr, new RefusingHostManager(
                    mgr.getImapHostManager(), refused)));
        }
    }

    /** The managers GreenMail's servers read, with the refusing folder directory in place of the real one. */
    private static final class RefusingManagers extends Managers {
        private final Managers real;
        private final ImapHostManager hostManager;

        RefusingManagers(Managers real, ImapHostManager hostManager) {
            this.real = real;
            this.hostManager = hostManager;
        }

        @Override
        public ImapHostManager getImapHostManager() {
            return hostManager;
        }

        @Override
        public UserManager getUserManager() {
            return real.getUserManager();
        }

        @Override
        public SmtpManager getSmtpManager() {
            return real.getSmtpManager();
        }
    }
}
