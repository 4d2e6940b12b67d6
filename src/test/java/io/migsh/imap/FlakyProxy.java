package io.migsh.imap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of a test server that misbehaves once: when the server has sent {@code failAfterBytes} bytes
 * in total, it either drops the connection or stops forwarding (a stall mid-FETCH); later connections pass freely.
 */
final class FlakyProxy implements AutoCloseable {
    enum Fault { DROP, STALL }

    private final ServerSocket listener;
    private final int backendPort;
    private final long failAfterBytes;
    private final Fault fault;
    private final AtomicLong fromServer = new AtomicLong();
    private final AtomicBoolean failed = new AtomicBoolean();
    private final List<Socket> sockets = new ArrayList<>();

    FlakyProxy(int backendPort, long failAfterBytes, Fault fault) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.backendPort = backendPort;
        this.failAfterBytes = failAfterBytes;
        this.fault = fault;
        Thread accept = new Thread(this::acceptLoop, "flaky-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    boolean hasFailed() {
        return failed.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), backendPort);
                synchronized (sockets) {
                    sockets.add(client);
                    sockets.add(server);
                }
                pump(client.getInputStream(), server.getOutputStream(), client, server, false);
                pump(server.getInputStream(), client.getOutputStream(), client, server, true);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(InputStream in, OutputStream out, Socket a, Socket b, boolean fromServerSide) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (fromServerSide && !failed.get() && fromServer.addAndGet(n) > failAfterBytes
                            && failed.compareAndSet(false, true)) {
                        if (fault == Fault.DROP) {
                            a.close();
                            b.close();
                            return;
                        }
                        // STALL: keep the connection open and forward nothing more.
                        while (!a.isClosed()) Thread.sleep(50);
                        return;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the other side closed
            } finally {
                try {
                    a.close();
                    b.close();
                } catch (IOException ignored) {
                    // closing twice
                }
            }
        }, "flaky-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        synchronized (sockets) {
            for (Socket s : sockets) s.close();
        }
    }
}
