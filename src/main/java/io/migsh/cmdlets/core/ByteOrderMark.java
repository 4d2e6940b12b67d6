package io.migsh.cmdlets.core;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The byte-order marks PowerShell recognises when it reads text, with the -Encoding name each stands for. UTF-32
 * comes before UTF-16 because UTF-32 LE's mark starts with UTF-16 LE's.
 */
public enum ByteOrderMark {
    UTF32LE("utf32", Charset.forName("UTF-32LE"), 0xff, 0xfe, 0, 0),
    UTF32BE("bigendianutf32", Charset.forName("UTF-32BE"), 0, 0, 0xfe, 0xff),
    UTF8("utf8BOM", StandardCharsets.UTF_8, 0xef, 0xbb, 0xbf),
    UTF16LE("unicode", StandardCharsets.UTF_16LE, 0xff, 0xfe),
    UTF16BE("bigendianunicode", StandardCharsets.UTF_16BE, 0xfe, 0xff);

    private final String encodingName;
    private final Charset charset;
    private final int[] bytes;

    ByteOrderMark(String encodingName, Charset charset, int... bytes) {
        this.encodingName = encodingName;
        this.charset = charset;
        this.bytes = bytes;
    }

    /** The mark the text starts with, or null. */
    public static ByteOrderMark of(byte[] head) {
        for (ByteOrderMark m : values()) {
            if (m.starts(head)) return m;
        }
        return null;
    }

    /** The mark written before text in this charset (UTF-32 LE's for a charset without one of its own). */
    public static ByteOrderMark forCharset(Charset cs) {
        for (ByteOrderMark m : values()) {
            if (m.charset.equals(cs)) return m;
        }
        return UTF32LE;
    }

    private boolean starts(byte[] head) {
        if (head.length < bytes.length) return false;
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xff) != bytes[i]) return false;
        }
        return true;
    }

    /** The -Encoding name that writes this mark. */
    public String encodingName() {
        return encodingName;
    }

    public Charset charset() {
        return charset;
    }

    /** The mark's length in bytes. */
    public int length() {
        return bytes.length;
    }

    public byte[] toBytes() {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) out[i] = (byte) bytes[i];
        return out;
    }
}
