package io.migsh.migration.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough IMAP (RFC 3501) to test a server: read the greeting, send a tagged command and collect the untagged
 * lines up to its tagged completion. Enough for CAPABILITY, STARTTLS, LOGIN and LOGOUT, whose responses are lines.
 */
final class ImapLineClient implements AutoCloseable {
    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    private int tag;

    /** A tagged completion: OK, NO or BAD, the optional [code] and the human text; plus the untagged lines. */
    record Response(String status, String code, String text, List<String> untagged) {
        boolean ok() {
            return "OK".equalsIgnoreCase(status);
        }
    }

    ImapLineClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = socket.getOutputStream();
    }

    Socket socket() {
        return socket;
    }

    String readLine() throws IOException {
        String line = in.readLine();
        if (line == null) throw new IOException("the server closed the connection");
        return line;
    }

    Response command(String command) throws IOException {
        String t = "a" + (++tag);
        out.write((t + " " + command + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return awaitCompletion(t);
    }

    /**
     * LOGIN with each argument as a quoted string, or as a synchronising literal (the server's "+" first) when it
     * holds characters a quoted string can't (RFC 3501 sections 4.3 and 7.5).
     */
    Response login(String user, char[] password) throws IOException {
        String t = "a" + (++tag);
        out.write((t + " LOGIN").getBytes(StandardCharsets.UTF_8));
        for (String arg : new String[] {user, new String(password)}) {
            if (quotable(arg)) {
                out.write((" " + quoted(arg)).getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
                out.write((" {" + bytes.length + "}\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                String go = readLine();
                if (!go.startsWith("+")) return completion(go.substring(go.indexOf(' ') + 1), List.of());
                out.write(bytes);
            }
        }
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        return awaitCompletion(t);
    }

    private Response awaitCompletion(String t) throws IOException {
        List<String> untagged = new ArrayList<>();
        while (true) {
            String line = readLine();
            if (line.startsWith(t + " ")) return completion(line.substring(t.length() + 1), untagged);
            untagged.add(line);
        }
    }

    /** Parses "OK [CODE args] text" (RFC 3501 section 7.1). */
    static Response completion(String rest, List<String> untagged) {
        int sp = rest.indexOf(' ');
        String status = sp < 0 ? rest : rest.substring(0, sp);
        String after = sp < 0 ? "" : rest.substring(sp + 1);
        String code = "";
        if (after.startsWith("[")) {
            int close = after.indexOf(']');
            if (close > 0) {
                code = after.substring(1, close);
                after = after.substring(close + 1).stripLeading();
            }
        }
        return new Response(status, code, after, untagged);
    }

    static boolean quotable(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing after a test: nothing to report
        }
    }
}
