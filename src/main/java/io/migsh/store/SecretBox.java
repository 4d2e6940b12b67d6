package io.migsh.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals source passwords with AES-256-GCM. The key lives in {@code <dataDir>/secret.key}, created readable and
 * writable by the owner only; sealed text is {@code v1:} followed by base64 of a fresh 12-byte nonce and the
 * ciphertext with its tag, so it fits a VARCHAR column on any database.
 */
public final class SecretBox {
    private static final String PREFIX = "v1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Reads the data directory's key, creating it (owner-only) on first use. */
    public static SecretBox open(Path dataDir) {
        Path file = dataDir.resolve("secret.key");
        try {
            if (!Files.exists(file)) create(file);
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != 32) throw new IllegalStateException(file + " does not hold a 256-bit key");
            return new SecretBox(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path tmp = file.resolveSibling("secret.key." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        try {
            // A link fails if another shell made the key first; then its key is the one to use.
            Files.createLink(file, tmp);
        } catch (FileAlreadyExistsException ignored) {
            // the other shell's key wins
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public String seal(char[] clear) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(clear));
        byte[] plain = new byte[encoded.remaining()];
        encoded.get(plain);
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = c.doFinal(plain);
            ByteBuffer out = ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed);
            return PREFIX + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    public char[] open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) throw new IllegalArgumentException("not a sealed secret");
        byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
            byte[] plain = c.doFinal(all, NONCE, all.length - NONCE);
            java.nio.CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
            Arrays.fill(plain, (byte) 0);
            char[] chars = new char[decoded.remaining()];
            decoded.get(chars);
            return chars;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed secret can't be opened with this data directory's key", e);
        }
    }
}
