package io.migsh.cmdlets.core;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Text encodings by PowerShell's names (-Encoding utf8, utf8BOM, unicode, ascii, ...) and BOM detection. */
public final class FileText {
    private FileText() {}

    /** The charset for an -Encoding value; PowerShell 7's default is UTF-8 without BOM. */
    public static Charset charset(String encoding) {
        if (encoding == null) return StandardCharsets.UTF_8;
        return switch (encoding.toLowerCase(Locale.ROOT).replace("-", "")) {
            // PowerShell on Linux and macOS takes the OEM code page to be UTF-8 (ClrFacade.GetOEMEncoding).
            case "utf8", "utf8nobom", "utf8bom", "default", "oem" -> StandardCharsets.UTF_8;
            case "unicode", "utf16", "utf16le" -> StandardCharsets.UTF_16LE;
            case "bigendianunicode", "utf16be" -> StandardCharsets.UTF_16BE;
            case "ascii" -> StandardCharsets.US_ASCII;
            case "latin1" -> StandardCharsets.ISO_8859_1;
            case "utf32" -> Charset.forName("UTF-32LE");
            case "bigendianutf32" -> Charset.forName("UTF-32BE");
            default -> throw PsException.invalidArgument("Cannot bind parameter 'Encoding'. '" + encoding
                    + "' is not a supported encoding name.", "ArgumentException", encoding);
        };
    }

    /** True when the encoding writes a byte-order mark (utf8BOM, unicode, bigendianunicode, utf32, bigendianutf32). */
    public static boolean writesBom(String encoding) {
        if (encoding == null) return false;
        String e = encoding.toLowerCase(Locale.ROOT).replace("-", "");
        return e.equals("utf8bom") || e.equals("unicode") || e.equals("utf16") || e.equals("utf16le")
                || e.equals("bigendianunicode") || e.equals("utf32") || e.equals("bigendianutf32");
    }

    /** Bytes to text, honouring a byte-order mark and otherwise reading UTF-8. */
    public static String decode(byte[] bytes) {
        ByteOrderMark m = ByteOrderMark.of(bytes);
        if (m == null) return new String(bytes, StandardCharsets.UTF_8);
        return new String(bytes, m.length(), bytes.length - m.length(), m.charset());
    }

    public static byte[] bom(Charset cs) {
        return ByteOrderMark.forCharset(cs).toBytes();
    }

    /** PowerShell's error for a path that does not exist. */
    public static PsException pathNotFound(String path) {
        return new PsException("System.Management.Automation.ItemNotFoundException", "Cannot find path '" + path
                + "' because it does not exist.", "PathNotFound", ErrorCategory.ObjectNotFound, path);
    }
}
