package io.migsh.imap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of a test server that misbehaves a given number of times, one fault after another: each time
 * the server has sent {@code failAfterBytes} more bytes it either drops the connection or stops forwarding (a
 * stall); once the faults are used up, connections pass freely. Built with {@link #midFetch} it counts only the
 * bytes that answer a body FETCH ({@code BODY.PEEK[]}) still in progress, so every fault falls inside a FETCH
 * response: the client has sent the FETCH and never sees its end on that connection.
 */
public final class FlakyProxy implements AutoCloseable {
    /** What the proxy does when a fault is due. */
    public enum Fault { DROP, STALL }

    private final ServerSocket listener;
    private final int backendPort;
    private final long failAfterBytes;
    private final List<Fault> faults;
    private final boolean onlyBodyFetches;
    private final AtomicLong counted = new AtomicLong();
    private final AtomicInteger injected = new AtomicInteger();
    private final List<Socket> sockets = new ArrayList<>();

    /** Counts every byte the server sends. */
    public FlakyProxy(int backendPort, long failAfterBytes, Fault... faults) throws IOException {
        this(backendPort, failAfterBytes, false, faults);
    }

    /** Counts only bytes that answer a body FETCH in progress: each fault falls mid-FETCH. */
    public static FlakyProxy midFetch(int backendPort, long bytesIntoBodies, Fault... faults) throws IOException {
        return new FlakyProxy(backendPort, bytesIntoBodies, true, faults);
    }

    private FlakyProxy(int backendPort, long failAfterBytes, boolean onlyBodyFetches, Fault... faults)
            throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.backendPort = backendPort;
        this.failAfterBytes = failAfterBytes;
        this.onlyBodyFetches = onlyBodyFetches;
        this.faults = List.of(faults);
        Thread accept = new Thread(this::acceptLoop, "flaky-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Whether at least one fault happened. */
    public boolean hasFailed() {
        return injected.get() > 0;
    }

    /** How many faults happened. */
    public int faultsInjected() {
        return injected.get();
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
                // Tags of this connection's body FETCH commands whose tagged answer has not come back yet.
                Set<String> fetching = ConcurrentHashMap.newKeySet();
                pump(client.getInputStream(), server.getOutputStream(), client, server, false, fetching);
                pump(server.getInputStream(), client.getOutputStream(), client, server, true, fetching);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(InputStream in, OutputStream out, Socket a, Socket b, boolean fromServerSide,
            Set<String> fetching) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            String tail = "";
            Fault fault;
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    String text = tail + new String(buf, 0, n, StandardCharsets.ISO_8859_1);
                    // Commands and answers may be cut anywhere: a few characters of the last read are kept.
                    tail = text.substring(Math.max(0, text.length() - 64));
                    if (!fromServerSide) {
                        noteBodyFetches(text, fetching);
                    } else if ((fault = due(n, fetching.isEmpty())) != null) {
                        if (fault == Fault.DROP) {
                            a.close();
                            b.close();
                            return;
                        }
                        // STALL: keep the connection open and forward nothing more, until the client gives up.
                        while (!a.isClosed()) Thread.sleep(50);
                        return;
                    } else {
                        fetching.removeIf(tag -> text.contains("\r\n" + tag + " ") || text.startsWith(tag + " "));
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

    private static void noteBodyFetches(String text, Set<String> fetching) {
        for (String line : text.split("\r\n")) {
            if (line.contains("FETCH") && line.contains("BODY.PEEK[]")) fetching.add(line.split(" ", 2)[0]);
        }
    }

    /** The fault that falls on this read of n server bytes, or null. */
    private synchronized Fault due(int n, boolean noFetchInProgress) {
        if (injected.get() >= faults.size() || (onlyBodyFetches && noFetchInProgress)) return null;
        if (counted.addAndGet(n) <= failAfterBytes) return null;
        counted.set(0);
        return faults.get(injected.getAndIncrement());
    }

    @Override
    public void close() throws IOException {
        listener.close();
        synchronized (sockets) {
            for (Socket s : sockets) s.close();
        }
    }
}
