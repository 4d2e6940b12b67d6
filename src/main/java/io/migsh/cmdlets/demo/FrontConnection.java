package io.migsh.cmdlets.demo;

import io.migsh.target.ModifiedUtf7;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocket;

/**
 * One client connection through {@link ImapFront}. The client's commands go on to GreenMail and GreenMail's answers
 * back, read piece by piece ({@link ImapWireReader}), so that the front knows who logged in, which folder is open
 * and which commands still await their answer. For a user with a {@link FaultPlan} it then drops the connection
 * partway through the body of a FETCH answer, or answers NO itself to a UID FETCH of a message it refuses; it
 * sends that NO only once every earlier command has its answer, so the client sees the answers in order.
 */
final class FrontConnection implements Runnable {
    /** The text of a refused FETCH: RFC 5530's CORRUPTION, as a server says it of a message it can't read. */
    static final String REFUSAL = "NO [CORRUPTION] FETCH failed. The message's data is damaged and can't be read.";
    /** Data items that ask for a message's body (RFC 3501 section 6.4.5); RFC822.SIZE and headers are not. */
    private static final Pattern BODY_ITEM = Pattern.compile(
            "(?i)(?:BODY(?:\\.PEEK)?\\[(?:TEXT)?]|BINARY(?:\\.PEEK)?\\[]|RFC822(?:\\.TEXT)?)(?![.\\w])");
    /** The part of a FETCH answer where a message's body (or a piece of it) begins: "BODY[] {n}", "BODY[]<0> {n}". */
    private static final Pattern BODY_ANSWER = Pattern.compile("BODY\\[](?:<\\d+>)? \\{\\d+}\r\n$");
    /** A client that never finishes its TLS handshake is dropped after this long. */
    private static final int HANDSHAKE_TIMEOUT_MILLIS = 30_000;
    /** How long a refusal waits for earlier commands' answers before it is sent anyway. */
    private static final long ANSWERS_WAIT_MILLIS = 10_000;

    /** What happens when the server answers a command: its tagged status was OK or not. */
    private interface Completion {
        Completion NOTHING = ok -> { };

        void done(boolean ok);
    }

    private final Socket client;
    private final int backendPort;
    private final Function<String, FaultPlan> plans;
    private final Consumer<FrontConnection> onClose;
    private final Object clientLock = new Object();
    private final Set<String> bodyFetches = ConcurrentHashMap.newKeySet();
    /** Tags sent to the server whose tagged answer has not come back, with what their answer sets. */
    private final Map<String, Completion> awaiting = new LinkedHashMap<>();
    private Socket server;
    private OutputStream toClient;
    private OutputStream toServer;
    private volatile FaultPlan plan;
    private volatile String selected;
    /** The AUTHENTICATE whose client response (the next line) is awaited; read by the command pump only. */
    private String saslTag;
    private boolean closed;

    FrontConnection(Socket client, int backendPort, Function<String, FaultPlan> plans,
            Consumer<FrontConnection> onClose) {
        this.client = client;
        this.backendPort = backendPort;
        this.plans = plans;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try {
            if (client instanceof SSLSocket tls) {
                tls.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
                tls.startHandshake();
                tls.setSoTimeout(0);
            }
            synchronized (this) {
                if (closed) return;
                server = new Socket(InetAddress.getLoopbackAddress(), backendPort);
            }
            toServer = server.getOutputStream();
            toClient = client.getOutputStream();
            Thread answers = new Thread(this::pumpAnswers, "demo-imap-front-answers");
            answers.setDaemon(true);
            answers.start();
            pumpCommands();
        } catch (IOException | RuntimeException e) {
            // The client hung up, refused the certificate, or the connection was dropped on purpose.
        } finally {
            close();
        }
    }

    /** The client's side: each command is noted, then passed on, or refused. */
    private void pumpCommands() throws IOException {
        ImapWireReader in = new ImapWireReader(client.getInputStream());
        String line;
        while ((line = in.readLine()) != null) {
            if (saslTag != null) {
                answeredChallenge(line);
                toServer.write(ImapWireReader.bytes(line));
                continue;
            }
            long n = ImapWireReader.literalSize(line);
            if (n < 0) {
                ClientCommand c = ClientCommand.parse(line);
                if (refused(c)) {
                    refuse(c.tag());
                    continue;
                }
                note(c);
                toServer.write(ImapWireReader.bytes(line));
                continue;
            }
            if (!passCommandWithLiterals(in, line)) return;
        }
    }

    /**
     * A command with literals goes on piece by piece (a synchronizing literal waits for the server's "+"); small
     * literals are kept to read the command (a LOGIN's name), large ones (an APPEND's message) pass unread. The
     * command is noted before its last piece goes, so that its answer cannot come before.
     */
    private boolean passCommandWithLiterals(ImapWireReader in, String first) throws IOException {
        StringBuilder text = new StringBuilder();
        String line = first;
        long n = ImapWireReader.literalSize(line);
        while (n >= 0) {
            toServer.write(ImapWireReader.bytes(line));
            text.append(line, 0, line.lastIndexOf('{'));
            if (n <= 4096) {
                byte[] literal = in.read((int) n);
                toServer.write(literal);
                text.append(ClientCommand.quoted(ImapWireReader.text(literal)));
            } else {
                in.copy(n, toServer);
                text.append("\"\"");
            }
            line = in.readLine();
            if (line == null) return false;
            n = ImapWireReader.literalSize(line);
        }
        text.append(line);
        note(ClientCommand.parse(text.toString()));
        toServer.write(ImapWireReader.bytes(line));
        return true;
    }

    private boolean refused(ClientCommand c) {
        FaultPlan p = plan;
        return p != null && c.name().equals("UID FETCH") && BODY_ITEM.matcher(c.rest(1)).find()
                && p.refuses(selected, c.arg(0));
    }

    /** Records what a command changes once answered: who is logged in, which folder is open, a body FETCH. */
    private void note(ClientCommand c) {
        if (c.name().isEmpty()) return;
        Completion onAnswer = Completion.NOTHING;
        switch (c.name()) {
            case "LOGIN" -> onAnswer = loginAs(c.arg(0));
            case "AUTHENTICATE" -> {
                if (c.arg(0).equalsIgnoreCase("PLAIN") && c.args().size() > 1) {
                    onAnswer = loginAs(saslUser(c.arg(1)));
                } else if (c.arg(0).equalsIgnoreCase("PLAIN")) {
                    saslTag = c.tag();
                }
            }
            case "SELECT", "EXAMINE" -> {
                // Even a refused SELECT closes the folder that was open (RFC 3501 section 6.3.1).
                selected = null;
                String folder = ModifiedUtf7.decode(c.arg(0));
                onAnswer = ok -> selected = ok ? folder : null;
            }
            case "CLOSE", "UNSELECT" -> onAnswer = ok -> selected = ok ? null : selected;
            default -> { }
        }
        if ((c.name().equals("FETCH") || c.name().equals("UID FETCH")) && BODY_ITEM.matcher(c.rest(1)).find()) {
            bodyFetches.add(c.tag());
        }
        synchronized (this) {
            awaiting.put(c.tag(), onAnswer);
        }
    }

    /** The client's response to AUTHENTICATE PLAIN's empty challenge: the login it carries. */
    private void answeredChallenge(String line) {
        String tag = saslTag;
        saslTag = null;
        Completion login = loginAs(saslUser(line.strip()));
        synchronized (this) {
            awaiting.replace(tag, login);
        }
    }

    private Completion loginAs(String user) {
        return ok -> {
            if (ok && user != null) plan = plans.apply(user.toLowerCase(Locale.ROOT));
        };
    }

    /** SASL PLAIN (RFC 4616): authorization identity, user, password; the mailbox is the first if given. */
    private static String saslUser(String base64) {
        try {
            String[] parts = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8).split("\0", -1);
            if (parts.length != 3) return null;
            return parts[0].isEmpty() ? parts[1] : parts[0];
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** Answers NO to a command once the server has answered every earlier one. */
    private void refuse(String tag) throws IOException {
        synchronized (this) {
            long until = System.currentTimeMillis() + ANSWERS_WAIT_MILLIS;
            long left;
            while (!closed && !awaiting.isEmpty() && (left = until - System.currentTimeMillis()) > 0) {
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while waiting for the server's answers.");
                }
            }
        }
        writeToClient(tag + " " + REFUSAL + "\r\n");
    }

    /** The server's side: answers go back to the client; a planned drop cuts a body FETCH answer in two. */
    private void pumpAnswers() {
        try {
            ImapWireReader in = new ImapWireReader(server.getInputStream());
            boolean lineStart = true;
            String line;
            while ((line = in.readLine()) != null) {
                long n = ImapWireReader.literalSize(line);
                if (n > 0 && dropsHere(line)) {
                    synchronized (clientLock) {
                        toClient.write(ImapWireReader.bytes(line));
                        in.copy(n / 2, toClient);
                        toClient.flush();
                    }
                    return;
                }
                // A tagged answer is a line of its own (RFC 3501 section 7.1); it never carries a literal. What it
                // sets (the login, the open folder) takes effect before the client sees it and sends what follows.
                String tag = lineStart && n < 0 && !line.startsWith("*") && !line.startsWith("+")
                        ? applyAnswer(line) : null;
                synchronized (clientLock) {
                    toClient.write(ImapWireReader.bytes(line));
                    if (n > 0) in.copy(n, toClient);
                }
                if (tag != null) settled(tag);
                lineStart = n < 0;
            }
        } catch (IOException | RuntimeException e) {
            // One side closed; closing both below ends the other pump too.
        } finally {
            close();
        }
    }

    private boolean dropsHere(String line) {
        FaultPlan p = plan;
        return p != null && !bodyFetches.isEmpty() && BODY_ANSWER.matcher(line).find() && p.takeDrop();
    }

    /** Carries out what a tagged answer sets; gives the command's tag, or null for an answer to nothing noted. */
    private String applyAnswer(String line) {
        String[] words = line.strip().split(" ", 3);
        if (words.length < 2) return null;
        synchronized (this) {
            Completion c = awaiting.get(words[0]);
            if (c == null) return null;
            c.done(words[1].equalsIgnoreCase("OK"));
            return words[0];
        }
    }

    /** The client has the command's answer: a refusal waiting for earlier answers may now follow it. */
    private void settled(String tag) {
        synchronized (this) {
            awaiting.remove(tag);
            bodyFetches.remove(tag);
            notifyAll();
        }
    }

    private void writeToClient(String text) throws IOException {
        synchronized (clientLock) {
            toClient.write(ImapWireReader.bytes(text));
            toClient.flush();
        }
    }

    void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
            notifyAll();
        }
        closeQuietly(client);
        closeQuietly(server);
        onClose.accept(this);
    }

    private static void closeQuietly(Socket s) {
        if (s == null) return;
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
