package io.migsh.clixml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The byte scan for &lt;Ref&gt; tags finds exactly what the XML reader finds, wherever its 64K reads fall. */
class RefScanTest {
    private static final String HEAD = ClixmlReaderTest.HEAD;

    /** The RefIds through the byte scan (UTF-8) and through the StAX pass (the same text in UTF-16). */
    private static Set<String> scanned(String text) {
        return ClixmlReader.referencedIds(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> parsed(String text) {
        return ClixmlReader.referencedIds(new ByteArrayInputStream(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void finds_every_tag_form_wherever_the_reads_split_it() {
        String[] tags = {"<Ref RefId=\"41\" />", "<Ref\nRefId='41'/>", "<Ref\tN=\"a>b\" RefId=\"41\"></Ref>",
            "<Ref\r\n  RefId = \"41\" />"};
        for (String tag : tags) {
            for (int shift = 0; shift < 24; shift++) {
                String pad = "<S>" + "xR".repeat(((1 << 16) - HEAD.length() - 16 - shift) / 2) + "</S>";
                String text = HEAD + pad + "<S>R</S>" + tag + "</Objs>";
                assertEquals(Set.of("41"), scanned(text), tag + " shift " + shift);
            }
        }
    }

    @Test
    void ignores_names_that_only_start_with_ref_and_tags_cut_off() {
        assertEquals(Set.of(), scanned(HEAD + "<Refs RefId=\"1\" /><RefX RefId=\"2\"/><Ref N=\"3\" /></Objs>"));
        assertEquals(Set.of(), scanned(HEAD + "<S>Ref RefId R</S><Ref RefId=\"4\""));
        assertEquals(Set.of(), scanned("<Ref"));
        assertEquals(Set.of(), scanned(""));
    }

    @Test
    void agrees_with_the_xml_reader_on_random_documents() {
        Random random = new Random(7);
        String[] filler = {"R", "Re", "Ref", "<S>Ref</S>", "<S>&lt;Ref RefId=\"99\"</S>", "<S N=\"RefId\">R</S>",
            "<Refs RefId=\"98\" />", "<I32 N=\"R\">1</I32>", "x", "<S>" + "y".repeat(500) + "</S>"};
        for (int doc = 0; doc < 40; doc++) {
            StringBuilder text = new StringBuilder(HEAD);
            Set<String> expected = new HashSet<>();
            int size = 20_000 + random.nextInt(200_000);
            while (text.length() < size) {
                if (random.nextInt(8) == 0) {
                    String id = Integer.toString(random.nextInt(100_000));
                    text.append(random.nextBoolean() ? "<Ref RefId=\"" + id + "\" />" : "<Ref N='n' RefId='" + id + "'/>");
                    expected.add(id);
                } else {
                    String f = filler[random.nextInt(filler.length)];
                    text.append(f.startsWith("<") ? f : "<S>" + f + "</S>");
                }
            }
            text.append("</Objs>");
            String t = text.toString();
            assertEquals(expected, scanned(t), "document " + doc);
            assertEquals(expected, parsed(t), "document " + doc);
        }
    }
}
