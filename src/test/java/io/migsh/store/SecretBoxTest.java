package io.migsh.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {
    @TempDir
    Path dir;

    @Test
    void seals_and_opens_with_a_fresh_nonce_each_time() {
        SecretBox box = SecretBox.open(dir);
        String a = box.seal("P@ssw0rd-é".toCharArray());
        String b = box.seal("P@ssw0rd-é".toCharArray());
        assertTrue(a.startsWith("v1:"));
        assertNotEquals(a, b);
        assertFalse(a.contains("P@ss"));
        assertArrayEquals("P@ssw0rd-é".toCharArray(), box.open(a));
        assertArrayEquals("P@ssw0rd-é".toCharArray(), SecretBox.open(dir).open(b));
    }

    @Test
    void the_key_file_is_readable_by_its_owner_only() throws Exception {
        SecretBox.open(dir);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secret.key"))));
    }

    @Test
    void another_data_directorys_key_cannot_open_a_secret() throws Exception {
        String sealed = SecretBox.open(dir).seal("x".toCharArray());
        Path other = Files.createDirectory(dir.resolve("other"));
        assertThrows(IllegalStateException.class, () -> SecretBox.open(other).open(sealed));
    }
}
