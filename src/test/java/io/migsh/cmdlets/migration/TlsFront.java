package io.migsh.cmdlets.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Implicit TLS in front of a plain test server, with a key store of the test's own. GreenMail's own TLS takes its
 * key from the first SSL server started in the JVM, so a test that needs a certificate for a given host name cannot
 * rely on it once another test has started one.
 */
final class TlsFront implements AutoCloseable {
    private final ServerSocket listener;
    private final int backendPort;
    private final InetAddress backendHost;

    TlsFront(Path pkcs12, char[] password, InetAddress bind, int port, InetAddress backendHost, int backendPort)
            throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pkcs12)) {
            ks.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        this.listener = tls.getServerSocketFactory().createServerSocket(port, 50, bind);
        this.backendHost = backendHost;
        this.backendPort = backendPort;
        Thread acceptor = new Thread(this::acceptAll, "tls-front");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket backend = new Socket(backendHost, backendPort);
                pump(client, backend);
                pump(backend, client);
            } catch (IOException e) {
                // closed, or a client that gave up during the handshake: the next one is served
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (from; to; InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // either side closed: both sockets close with this pump
            }
        }, "tls-front-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
