package io.migsh.clixml;

import io.migsh.runtime.SecureString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secure strings for CLIXML's &lt;SS&gt; with AES-256-GCM under the data directory's key file
 * ({@value #KEY_FILE}, created on first use, readable by its owner only). PowerShell on Windows uses DPAPI, which
 * ties the text to one user and machine; this ties it to one migsh data directory in the same way.
 */
public final class SecureStringCipher {
    /** The key file in the data directory, shared by everything in migsh that stores secrets. */
    public static final String KEY_FILE = "migsh.key";

    private static final byte[] MAGIC = {'M', 'G', 'S', '1'};
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private SecretKeySpec key;

    private SecureStringCipher(Path directory) {
        this.directory = directory;
    }

    /**
     * The cipher over the data directory's key. The key is read when first needed and created (owner-only) by the
     * first encryption, so reading a file never creates a key just to fail to decrypt with it.
     */
    public static SecureStringCipher forDataDirectory(Path dataDirectory) {
        return new SecureStringCipher(dataDirectory);
    }

    private synchronized SecretKeySpec key(boolean create) {
        if (key == null) {
            Path file = directory.resolve(KEY_FILE);
            if (!create && !Files.exists(file)) return null;
            try {
                key = new SecretKeySpec(create ? loadOrCreateKey(directory) : readKey(file), "AES");
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read or create the key file " + file + ": "
                        + e.getMessage(), e);
            }
        }
        return key;
    }

    /** The 32-byte key in {@code dir/migsh.key}; linked into place atomically so two processes never make two keys. */
    public static byte[] loadOrCreateKey(Path dir) throws IOException {
        Path file = dir.resolve(KEY_FILE);
        if (Files.exists(file)) return readKey(file);
        Files.createDirectories(dir);
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        Path tmp = Files.createTempFile(dir, KEY_FILE, ".tmp");
        try {
            ownerOnly(tmp);
            Files.write(tmp, fresh);
            try {
                Files.createLink(file, tmp); // fails when another process made the key first
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (FileAlreadyExistsException e) {
            return readKey(file);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return readKey(file);
    }

    private static byte[] readKey(Path file) throws IOException {
        byte[] k = Files.readAllBytes(file);
        if (k.length != 32) throw new IOException("the key file must hold 32 bytes, it holds " + k.length);
        return k;
    }

    private static void ownerOnly(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            p.toFile().setReadable(false, false);
            p.toFile().setReadable(true, true);
            p.toFile().setWritable(false, false);
            p.toFile().setWritable(true, true);
        }
    }

    /** Hex text: a marker, the random nonce, then the UTF-16LE characters encrypted and authenticated. */
    public String encrypt(SecureString value) {
        char[] chars = value.reveal();
        ByteBuffer plain = StandardCharsets.UTF_16LE.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[plain.remaining()];
        plain.get(bytes);
        Arrays.fill(chars, '\0');
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(true), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(MAGIC);
            byte[] sealed = c.doFinal(bytes);
            ByteBuffer out = ByteBuffer.allocate(MAGIC.length + IV_BYTES + sealed.length);
            out.put(MAGIC).put(iv).put(sealed);
            return HexFormat.of().formatHex(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The secure string, or null when the text was not made by this key (another installation, or DPAPI). */
    public SecureString decrypt(String text) {
        byte[] all;
        try {
            all = HexFormat.of().parseHex(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (all.length < MAGIC.length + IV_BYTES + TAG_BITS / 8
                || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) return null;
        SecretKeySpec key = key(false);
        if (key == null) return null;
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, MAGIC.length, IV_BYTES));
            c.updateAAD(MAGIC);
            byte[] plain = c.doFinal(all, MAGIC.length + IV_BYTES, all.length - MAGIC.length - IV_BYTES);
            CharBuffer chars = StandardCharsets.UTF_16LE.decode(ByteBuffer.wrap(plain));
            char[] out = new char[chars.remaining()];
            chars.get(out);
            Arrays.fill(plain, (byte) 0);
            SecureString s = new SecureString(out);
            Arrays.fill(out, '\0');
            return s;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
