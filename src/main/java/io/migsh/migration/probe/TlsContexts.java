package io.migsh.migration.probe;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS for IMAP connections: the JDK's trust store with host name checks (RFC 6125, as HTTPS does), or, for
 * -AcceptUntrustedCertificates, any certificate at all (self-signed test servers).
 */
public final class TlsContexts {
    private TlsContexts() {}

    public static SSLSocketFactory factory(boolean acceptUntrusted) {
        try {
            if (!acceptUntrusted) return SSLContext.getDefault().getSocketFactory();
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(null, new TrustManager[] {new AnyCertificate()}, new SecureRandom());
            return c.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime", e);
        }
    }

    /** Turns on host name verification unless every certificate is accepted anyway. */
    public static void verifyHost(SSLSocket socket, boolean acceptUntrusted) {
        if (acceptUntrusted) return;
        SSLParameters p = socket.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(p);
    }

    /** Trusts every certificate: only when the admin asked for it with -AcceptUntrustedCertificates. */
    private static final class AnyCertificate implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // client certificates are not used
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // accepted on purpose: -AcceptUntrustedCertificates
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
