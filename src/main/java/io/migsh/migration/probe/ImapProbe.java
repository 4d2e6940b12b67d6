package io.migsh.migration.probe;

import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * Tests an IMAP server step by step, as Test-MigrationServerAvailability does, so the admin learns which step
 * failed: name resolution, TCP connection, TLS handshake (implicit for Ssl, after STARTTLS for Tls) with
 * certificate checks, the greeting, CAPABILITY, and LOGIN when credentials are given.
 */
public final class ImapProbe {
    private final Duration timeout;

    public ImapProbe(Duration timeout) {
        this.timeout = timeout;
    }

    public ImapProbe() {
        this(Duration.ofSeconds(20));
    }

    /** Runs the checks; {@code user} null skips LOGIN. Never throws for a server problem: it is in the result. */
    public ProbeResult test(ImapServerSettings server, String user, char[] password) {
        Run run = new Run(server);
        return run.execute(user, password);
    }

    /** One test run: collects what passed and stops at the first failure. */
    private final class Run {
        private final ImapServerSettings server;
        private final List<ProbeStep> passed = new ArrayList<>();
        private List<String> capabilities = List.of();
        private String greeting;

        Run(ImapServerSettings server) {
            this.server = server;
        }

        ProbeResult execute(String user, char[] password) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(server.host());
                passed.add(ProbeStep.Dns);
            } catch (UnknownHostException e) {
                return fail(ProbeStep.Dns, "The remote server name '" + server.host() + "' couldn't be resolved.",
                        e);
            }
            Socket socket;
            try {
                socket = connect(addresses);
                passed.add(ProbeStep.Tcp);
            } catch (IOException e) {
                return fail(ProbeStep.Tcp, "Couldn't connect to " + server.host() + " on port " + server.port()
                        + ": " + reason(e) + ".", e);
            }
            try {
                if (server.security() == ImapSecurity.Ssl) {
                    try {
                        socket = handshake(socket);
                        passed.add(ProbeStep.Tls);
                    } catch (IOException e) {
                        return fail(ProbeStep.Tls, tlsText(server, e), e);
                    }
                }
                try (ImapLineClient client = new ImapLineClient(socket)) {
                    return converse(client, user, password);
                }
            } catch (IOException e) {
                return fail(nextStep(), "The connection to " + server.host() + " failed: " + reason(e) + ".", e);
            } finally {
                closeQuietly(socket);
            }
        }

        private ProbeResult converse(ImapLineClient client, String user, char[] password) throws IOException {
            greeting = client.readLine();
            String upper = greeting.toUpperCase(Locale.ROOT);
            if (!upper.startsWith("* OK") && !upper.startsWith("* PREAUTH")) {
                return fail(ProbeStep.Greeting, "The server didn't greet as an IMAP server: '" + greeting + "'.", null);
            }
            passed.add(ProbeStep.Greeting);
            if (!capability(client)) {
                return fail(ProbeStep.Capability, "The server refused the CAPABILITY command.", null);
            }
            passed.add(ProbeStep.Capability);
            if (server.security() == ImapSecurity.Tls) {
                if (!capabilities.contains("STARTTLS")) {
                    return fail(ProbeStep.StartTls, "The server doesn't offer STARTTLS on port " + server.port()
                            + ". Use -Security Ssl (usually port 993) or None.", null);
                }
                ImapLineClient.Response r = client.command("STARTTLS");
                if (!r.ok()) return fail(ProbeStep.StartTls, "The server refused STARTTLS: '" + r.text() + "'.", null);
                try {
                    client = new ImapLineClient(handshake(client.socket()));
                } catch (IOException e) {
                    return fail(ProbeStep.Tls, tlsText(server, e), e);
                }
                passed.add(ProbeStep.StartTls);
                passed.add(ProbeStep.Tls);
                if (!capability(client)) {
                    return fail(ProbeStep.Capability, "The server refused the CAPABILITY command after STARTTLS.",
                            null);
                }
            }
            if (user != null) {
                if (capabilities.contains("LOGINDISABLED")) {
                    return fail(ProbeStep.Login, "The server doesn't allow LOGIN on this connection "
                            + "(LOGINDISABLED). Use -Security Ssl or Tls.", null);
                }
                ImapLineClient.Response r = client.login(user, password == null ? new char[0] : password);
                if (!r.ok()) {
                    return fail(ProbeStep.Login, ImapLoginFailure.text(r.code(), r.text()), null);
                }
                passed.add(ProbeStep.Login);
            }
            try {
                client.command("LOGOUT");
            } catch (IOException ignored) {
                // some servers close at once after BYE
            }
            return new ProbeResult(true, null, "", null, greeting, capabilities, passed);
        }

        private boolean capability(ImapLineClient client) throws IOException {
            ImapLineClient.Response r = client.command("CAPABILITY");
            for (String line : r.untagged()) {
                if (line.toUpperCase(Locale.ROOT).startsWith("* CAPABILITY ")) {
                    capabilities = Arrays.stream(line.substring(13).trim().split("\\s+"))
                            .map(c -> c.toUpperCase(Locale.ROOT)).toList();
                }
            }
            return r.ok();
        }

        private Socket connect(InetAddress[] addresses) throws IOException {
            IOException last = null;
            for (InetAddress a : addresses) {
                Socket s = new Socket();
                try {
                    s.connect(new InetSocketAddress(a, server.port()), (int) timeout.toMillis());
                    s.setSoTimeout((int) timeout.toMillis());
                    return s;
                } catch (IOException e) {
                    closeQuietly(s);
                    last = e;
                }
            }
            throw last;
        }

        private Socket handshake(Socket plain) throws IOException {
            SSLSocket tls = (SSLSocket) TlsContexts.factory(server.acceptUntrustedCertificates())
                    .createSocket(plain, server.host(), server.port(), true);
            TlsContexts.verifyHost(tls, server.acceptUntrustedCertificates());
            tls.setSoTimeout((int) timeout.toMillis());
            tls.startHandshake();
            return tls;
        }

        private ProbeStep nextStep() {
            ProbeStep[] all = ProbeStep.values();
            for (ProbeStep s : all) if (!passed.contains(s) && s != ProbeStep.Tls) return s;
            return ProbeStep.Login;
        }

        private ProbeResult fail(ProbeStep step, String message, Throwable e) {
            String detail = e == null ? message : detail(e);
            return new ProbeResult(false, step, message, detail, greeting, capabilities, passed);
        }
    }

    /**
     * ErrorDetail as Exchange fills it, the failed .NET exception's type and text: socket errors are .NET's
     * SocketException, a refused certificate its AuthenticationException, so no JDK class name reaches the admin.
     */
    private static String tlsText(ImapServerSettings server, IOException e) {
        String text = "The TLS handshake with " + server.host() + ":" + server.port() + " failed: ";
        if (String.valueOf(e.getMessage()).contains("Unsupported or unrecognized SSL message")) {
            return text + "the server didn't answer with TLS on this port. For a plain port such as 143, use "
                    + "-Security Tls (STARTTLS) or None.";
        }
        return text + reason(e) + (server.acceptUntrustedCertificates() ? "." : ". If the server uses a self-signed "
                + "certificate, use -AcceptUntrustedCertificates.");
    }

    /**
     * Why an IMAP connection (made by Jakarta Mail or by the probe) failed, in the words of
     * Test-MigrationServerAvailability rather than the library's.
     */
    public static String connectionFailure(ImapServerSettings server, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "The remote server name '" + server.host() + "' couldn't be resolved.";
            }
            if (t instanceof SSLException ssl) return tlsText(server, ssl);
            if (t instanceof java.net.ConnectException || t instanceof SocketTimeoutException) {
                return "Couldn't connect to " + server.host() + " on port " + server.port() + ": "
                        + reason((IOException) t) + ".";
            }
            if (t instanceof IOException io) return "The connection to " + server.host() + " failed: " + reason(io) + ".";
        }
        return e.getMessage();
    }

    static String detail(Throwable e) {
        if (e instanceof SocketTimeoutException) return "System.TimeoutException: The operation has timed out.";
        if (e instanceof UnknownHostException) {
            return "System.Net.Sockets.SocketException: Name or service not known";
        }
        if (e instanceof java.net.SocketException) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (m.equals("Connection reset")) m = "Connection reset by peer";
            return "System.Net.Sockets.SocketException: " + m;
        }
        if (e instanceof SSLException) {
            return "System.Security.Authentication.AuthenticationException: " + reason((IOException) e);
        }
        return "System.IO.IOException: " + (e instanceof IOException io ? reason(io) : e.getMessage());
    }

    private static String reason(IOException e) {
        if (e instanceof SocketTimeoutException) return "the server didn't answer in time";
        String untrusted = certificateProblem(e);
        if (untrusted != null) {
            return "The remote certificate is invalid according to the validation procedure (" + untrusted + ")";
        }
        if (e instanceof SSLException && e.getCause() != null && e.getCause().getMessage() != null) {
            return e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The innermost reason a certificate was refused, without the JDK's class names (what an admin needs is "not
     * trusted" or "issued to another name", as .NET words it), or null when the handshake failed for another reason.
     */
    private static String certificateProblem(Throwable e) {
        String reason = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.security.cert.CertificateException
                    || t instanceof java.security.cert.CertPathBuilderException
                    || t instanceof java.security.cert.CertPathValidatorException) {
                reason = t.getMessage();
            }
        }
        if (reason == null) return null;
        int colon = reason.lastIndexOf("Exception: ");
        return colon >= 0 ? reason.substring(colon + "Exception: ".length()) : reason;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed or broken
        }
    }
}
