package io.migsh.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ctrl+C stops a cmdlet that is waiting on the network, not only Start-Sleep: an IMAP server that accepts the
 * connection and never says a word holds New-MigrationEndpoint until Ctrl+C brings the prompt back.
 */
class InterruptNetworkWaitTest extends PromptLoopTestBase {
    @Test
    void ctrl_c_stops_a_cmdlet_waiting_on_a_silent_server_and_the_shell_goes_on() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) held.add(silent.accept());
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            }, "silent IMAP server");
            acceptor.setDaemon(true);
            acceptor.start();
            start();
            vt.type("New-MigrationEndpoint -IMAP -Name silent -RemoteServer 127.0.0.1 -Port " + silent.getLocalPort()
                    + " -Security None\r");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (held.isEmpty() && System.nanoTime() < deadline) VirtualTerminal.pause(10);
            assertFalse(held.isEmpty(), "the cmdlet never connected");
            VirtualTerminal.pause(1_000);
            assertFalse(lastLine(vt.screen()).equals(prompt), "the cmdlet did not wait:\n" + vt.screen());

            long pressed = System.nanoTime();
            vt.type(CTRL_C);
            awaitIdle();
            long millis = (System.nanoTime() - pressed) / 1_000_000;
            assertTrue(millis < 1_000, "the prompt came back " + millis + " ms after Ctrl+C");
            run("'still here'");
            assertTrue(vt.screen().contains("\nstill here"), vt.screen());
            assertTrue(loop.isAlive());
        } finally {
            for (Socket s : held) s.close();
        }
    }
}
