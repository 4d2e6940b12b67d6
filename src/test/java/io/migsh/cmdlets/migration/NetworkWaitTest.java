package io.migsh.cmdlets.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.runtime.PsException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+C stops a cmdlet that waits on a server which accepted the connection and then says nothing, long before
 * the probe's own time-out (20 s), and nothing is stored.
 */
class NetworkWaitTest {
    @TempDir
    Path dir;

    /** A server that accepts connections and never sends its greeting. */
    private static final class SilentServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0);
        final CountDownLatch connected = new CountDownLatch(1);
        final List<Socket> held = new ArrayList<>();
        final Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(socket.accept());
                    connected.countDown();
                }
            } catch (java.io.IOException e) {
                // closed
            }
        });

        SilentServer() throws java.io.IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            for (Socket s : held) s.close();
        }
    }

    private void stopsOnCtrlC(Fixture fx, SilentServer server, Runnable command) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread running = new Thread(() -> {
            try {
                command.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        running.start();
        assertTrue(server.connected.await(20, TimeUnit.SECONDS), "the command never connected");
        fx.context.requestStop();
        running.join(10_000);
        assertFalse(running.isAlive(), "the command went on waiting for the server after Ctrl+C");
        assertTrue(failure.get() instanceof PsException p && p.record().errorId().equals("PipelineStopped"),
                String.valueOf(failure.get()));
        fx.context.clearStop();
    }

    @Test
    void test_migration_server_availability_stops_while_the_server_is_silent() throws Exception {
        try (Fixture fx = new Fixture(dir); SilentServer server = new SilentServer()) {
            stopsOnCtrlC(fx, server, () -> fx.run(TestMigrationServerAvailabilityCommand.class, "-Imap",
                    "-RemoteServer", "127.0.0.1", "-Port", server.socket.getLocalPort(), "-Security", "None"));
        }
    }

    @Test
    void new_migration_endpoint_stops_while_verifying_and_stores_nothing() throws Exception {
        try (Fixture fx = new Fixture(dir); SilentServer server = new SilentServer()) {
            stopsOnCtrlC(fx, server, () -> fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src",
                    "-RemoteServer", "127.0.0.1", "-Port", server.socket.getLocalPort(), "-Security", "None"));
            int stored = fx.session.db().inTransaction(r -> r.endpoints().all().size());
            assertEquals(0, stored);
        }
    }

    @Test
    void set_migration_endpoint_stops_while_verifying_and_changes_nothing() throws Exception {
        try (Fixture fx = new Fixture(dir); SilentServer server = new SilentServer()) {
            fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer", "imap.old.example",
                    "-SkipVerification");
            stopsOnCtrlC(fx, server, () -> fx.run(SetMigrationEndpointCommand.class, "-Identity", "src",
                    "-RemoteServer", "127.0.0.1", "-Port", server.socket.getLocalPort(), "-Security", "None"));
            String host = fx.session.db().inTransaction(r -> r.endpoints().all().get(0).server().host());
            assertEquals("imap.old.example", host);
        }
    }

    @Test
    void get_imap_folders_stops_while_the_server_is_silent() throws Exception {
        try (Fixture fx = new Fixture(dir); SilentServer server = new SilentServer()) {
            stopsOnCtrlC(fx, server, () -> fx.run(GetImapFoldersCommand.class, "-Server", "127.0.0.1", "-Port",
                    server.socket.getLocalPort(), "-Security", "None", "-UserName", "u", "-Password",
                    new io.migsh.runtime.SecureString("p".toCharArray())));
        }
    }
}
