package io.migsh.clixml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.runtime.DotNetName;
import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import io.migsh.runtime.UInt64;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything migsh writes keeps the structure PowerShell reads, and reads back to the same text. */
class ClixmlStructureTest {
    @DotNetName("Microsoft.Exchange.Migration.MigrationUserStatus")
    enum Status { Queued, Syncing, Synced, Failed }

    @Test
    void the_checker_accepts_every_file_powershell_wrote() {
        for (String name : Fixtures.ALL) assertEquals(List.of(), ClixmlStructure.check(Fixtures.text(name)), name);
    }

    @Test
    void the_checker_finds_broken_rules() {
        String head = ClixmlWriterTest.HEAD;
        assertEquals(List.of("line 1: Ref to RefId 3, which no earlier Obj has"),
                ClixmlStructure.check(head + "<Ref RefId=\"3\" /></Objs>"));
        assertEquals(List.of("line 1: TN out of order (or twice) in an Obj"), ClixmlStructure.check(head
                + "<Obj RefId=\"0\"><ToString>x</ToString><TN RefId=\"0\"><T>X</T></TN></Obj></Objs>"));
        assertEquals(List.of("line 1: I32 holds 'x', not a valid System.Int32"),
                ClixmlStructure.check(head + "<I32>x</I32></Objs>"));
    }

    @Test
    void random_object_graphs_are_written_in_valid_structure_and_read_back_to_the_same_text(@TempDir Path home) {
        SecureStringCipher cipher = SecureStringCipher.forDataDirectory(home);
        Random random = new Random(4);
        for (int round = 0; round < 200; round++) {
            List<Object> objects = new ArrayList<>();
            List<Object> pool = new ArrayList<>();
            for (int i = 0; i < 3; i++) objects.add(randomValue(random, 0, pool));
            int depth = 1 + random.nextInt(3);
            String text = ClixmlWriter.serialize(objects, depth, cipher, "\n");
            assertEquals(List.of(), ClixmlStructure.check(text), text);
            String again = ClixmlWriter.serialize(ClixmlReader.deserialize(text, cipher), depth, cipher, "\n");
            assertEquals(List.of(), ClixmlStructure.check(again), again);
            String third = ClixmlWriter.serialize(ClixmlReader.deserialize(again, cipher), depth, cipher, "\n");
            assertEquals(again.replaceAll("<SS( N=\"[^\"]*\")?>[0-9a-f]+</SS>", "<SS$1/>"),
                    third.replaceAll("<SS( N=\"[^\"]*\")?>[0-9a-f]+</SS>", "<SS$1/>"));
        }
    }

    private static Object randomValue(Random r, int level, List<Object> pool) {
        int kind = r.nextInt(level > 3 ? 12 : 17);
        return switch (kind) {
            case 0 -> null;
            case 1 -> "text " + r.nextInt(100) + (r.nextBoolean() ? "_x\n\t<&>\"" : "");
            case 2 -> r.nextInt();
            case 3 -> r.nextLong();
            case 4 -> r.nextDouble() * 1e6;
            case 5 -> OffsetDateTime.parse("2026-11-25T05:49:22.1234567-07:00").plusSeconds(r.nextInt(100000));
            case 6 -> Duration.ofMillis(r.nextInt(1_000_000));
            case 7 -> new UUID(r.nextLong(), r.nextLong());
            case 8 -> Status.values()[r.nextInt(4)];
            case 9 -> new BigDecimal(r.nextInt(10000)).movePointLeft(2);
            case 10 -> UInt64.of(Math.abs(r.nextLong()));
            case 11 -> pool.isEmpty() ? r.nextBoolean() : pool.get(r.nextInt(pool.size()));
            case 12 -> {
                List<Object> list = new ArrayList<>();
                pool.add(list);
                for (int i = r.nextInt(4); i > 0; i--) list.add(randomValue(r, level + 1, pool));
                yield list;
            }
            case 13 -> {
                PsHashtable h = new PsHashtable(r.nextBoolean());
                pool.add(h);
                for (int i = r.nextInt(3); i > 0; i--) h.put("k" + i, randomValue(r, level + 1, pool));
                yield h;
            }
            case 14 -> {
                PsObject o = PsObject.custom();
                pool.add(o);
                for (int i = r.nextInt(4); i > 0; i--) o.add("P" + i, randomValue(r, level + 1, pool));
                yield o;
            }
            case 15 -> new PsCredential("u" + r.nextInt(9), new SecureString("pw".toCharArray()));
            default -> {
                PsObject o = new PsObject("Microsoft.Exchange.Migration.MigrationBatch", "System.Object")
                        .withToString("Batch" + r.nextInt(9));
                pool.add(o);
                for (int i = r.nextInt(4); i > 0; i--) o.add("Prop" + i, randomValue(r, level + 1, pool));
                if (r.nextBoolean()) o.addNote("PSComputerName", "outlook.office365.com");
                yield o;
            }
        };
    }
}
