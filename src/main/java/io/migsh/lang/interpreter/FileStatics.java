package io.migsh.lang.interpreter;

import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.WildcardPattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * [System.IO.File], [System.IO.Path] and [System.IO.Directory]. Relative paths resolve against the shell's current
 * location (PowerShell's .NET calls use the process directory; the location is what users expect).
 */
final class FileStatics {
    private FileStatics() {}

    static Object invoke(String type, String n, String name, List<Object> args, Session session) {
        try {
            return switch (type) {
                case "System.IO.File" -> file(n, args, session);
                case "System.IO.Path" -> path(n, args, session);
                default -> directory(n, args, session);
            };
        } catch (NoSuchFileException e) {
            throw RuntimeErrors.methodFailed(name, args.size(), "Could not find file '"
                    + session.context().resolvePath(Args.text(args, 0)) + "'.", "FileNotFoundException");
        } catch (IOException e) {
            throw RuntimeErrors.methodFailed(name, args.size(), String.valueOf(e.getMessage()), "IOException");
        }
    }

    private static Path resolve(Session session, List<Object> args, int i) {
        return session.context().resolvePath(Args.text(args, i));
    }

    private static Object file(String n, List<Object> args, Session session) throws IOException {
        switch (n) {
            case "readallbytes": return Files.readAllBytes(resolve(session, args, 0));
            case "readalltext": return Files.readString(resolve(session, args, 0), StandardCharsets.UTF_8);
            case "readalllines": return new ArrayList<Object>(Files.readAllLines(resolve(session, args, 0)));
            case "writealltext":
                Files.writeString(resolve(session, args, 0), Args.text(args, 1), StandardCharsets.UTF_8);
                return AutomationNull.VALUE;
            case "appendalltext":
                Files.writeString(resolve(session, args, 0), Args.text(args, 1), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                return AutomationNull.VALUE;
            case "writealllines": {
                StringBuilder sb = new StringBuilder();
                for (Object line : LanguagePrimitives.enumerate(args.get(1))) {
                    sb.append(LanguagePrimitives.toText(line)).append(System.lineSeparator());
                }
                Files.writeString(resolve(session, args, 0), sb.toString(), StandardCharsets.UTF_8);
                return AutomationNull.VALUE;
            }
            case "writeallbytes":
                Files.write(resolve(session, args, 0), (byte[]) io.migsh.runtime.Conversions.convert(args.get(1), byte[].class));
                return AutomationNull.VALUE;
            case "exists": return args.get(0) != null && Files.isRegularFile(resolve(session, args, 0));
            case "delete":
                Files.deleteIfExists(resolve(session, args, 0));
                return AutomationNull.VALUE;
            case "copy":
                Files.copy(resolve(session, args, 0), resolve(session, args, 1));
                return AutomationNull.VALUE;
            case "move":
                Files.move(resolve(session, args, 0), resolve(session, args, 1));
                return AutomationNull.VALUE;
            default:
                return Methods.NOT_FOUND;
        }
    }

    private static Object path(String n, List<Object> args, Session session) throws IOException {
        String p = args.isEmpty() ? "" : Args.text(args, 0);
        switch (n) {
            case "combine", "join": {
                Path out = Path.of(p);
                for (int i = 1; i < args.size(); i++) out = out.resolve(Args.text(args, i));
                return out.toString();
            }
            case "getfilename": return name(p);
            case "getextension": {
                String name = name(p);
                int dot = name.lastIndexOf('.');
                return dot <= 0 && !name.startsWith(".") || dot < 0 ? "" : name.substring(dot);
            }
            case "getfilenamewithoutextension": {
                String name = name(p);
                int dot = name.lastIndexOf('.');
                return dot < 0 ? name : name.substring(0, dot);
            }
            case "getdirectoryname": {
                Path parent = Path.of(p).getParent();
                return parent == null ? null : parent.toString();
            }
            case "getfullpath": return session.context().resolvePath(p).toString();
            case "gettemppath": return System.getProperty("java.io.tmpdir") + java.io.File.separator;
            case "gettempfilename": return Files.createTempFile("tmp", ".tmp").toString();
            case "getrandomfilename": return java.util.UUID.randomUUID().toString().substring(0, 8) + ".tmp";
            case "ispathrooted": return Path.of(p).isAbsolute();
            case "changeextension": {
                String ext = Args.text(args, 1);
                int dot = p.lastIndexOf('.');
                String base = dot > p.lastIndexOf('/') && dot > p.lastIndexOf('\\') ? p.substring(0, dot) : p;
                return base + (ext.startsWith(".") ? ext : "." + ext);
            }
            default: return Methods.NOT_FOUND;
        }
    }

    private static String name(String p) {
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return p.substring(slash + 1);
    }

    private static Object directory(String n, List<Object> args, Session session) throws IOException {
        switch (n) {
            case "exists": return Files.isDirectory(resolve(session, args, 0));
            case "createdirectory": return Files.createDirectories(resolve(session, args, 0)).toString();
            case "getcurrentdirectory": return session.context().location().toString();
            case "getfiles": {
                List<Object> out = new ArrayList<>();
                String pattern = args.size() > 1 ? Args.text(args, 1) : "*";
                try (var stream = Files.list(resolve(session, args, 0))) {
                    stream.filter(Files::isRegularFile).sorted()
                            .filter(f -> WildcardPattern.matches(f.getFileName().toString(), pattern, true))
                            .forEach(f -> out.add(f.toString()));
                }
                return out;
            }
            default: return Methods.NOT_FOUND;
        }
    }

    static PsException fail(String message) {
        return RuntimeErrors.runtime(message, "IOException");
    }
}
