package io.migsh.clixml;

import static io.migsh.clixml.ClixmlWriterTest.doc;
import static io.migsh.clixml.ClixmlWriterTest.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SByte;
import io.migsh.runtime.SecureString;
import io.migsh.runtime.UInt16;
import io.migsh.runtime.UInt32;
import io.migsh.runtime.UInt64;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden texts for the known types and containers ClixmlWriterTest leaves out (XD, SBK, SemanticVersion, SS, IE,
 * STK, QUE, ordered dictionaries, Props with MS), and every primitive read back to the same value and type.
 */
class ClixmlKnownTypesTest {
    /** Exchange's RecipientTypeDetails is a flags enum over Int64, as the recipient fixture shows. */
    @io.migsh.runtime.DotNetName("Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails")
    enum RecipientTypeDetails implements io.migsh.runtime.EnumValue {
        UserMailbox(1), DynamicDistributionGroup(2048);

        private final long value;

        RecipientTypeDetails(long value) {
            this.value = value;
        }

        @Override
        public long value() {
            return value;
        }

        @Override
        public boolean isInt64() {
            return true;
        }
    }

    @Test
    void an_int64_enum_writes_its_value_as_i64_as_the_recipient_fixture_has_it() {
        String text = write(2, RecipientTypeDetails.DynamicDistributionGroup);
        assertEquals(doc(
                "  <Obj RefId=\"0\">",
                "    <TN RefId=\"0\">",
                "      <T>Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails</T>",
                "      <T>System.Enum</T>",
                "      <T>System.ValueType</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <ToString>DynamicDistributionGroup</ToString>",
                "    <I64>2048</I64>",
                "  </Obj>"), text);
        assertTrue(Fixtures.text(Fixtures.GROUP).contains("<ToString>DynamicDistributionGroup</ToString>\n"
                + "        <I64>2048</I64>"), "the same two lines as Exchange wrote");
        PsObject back = (PsObject) ClixmlReader.deserialize(text, null).get(0);
        assertEquals(2048L, back.baseValue());
        assertEquals("DynamicDistributionGroup", back.toString());
    }

    @Test
    void writes_xml_documents_script_blocks_semantic_versions_and_more_dates_numbers_and_spans() {
        assertEquals(doc(
                "  <XD>&lt;root a=\"1\"&gt;x_x000A_y&lt;/root&gt;</XD>",
                "  <SBK> Get-Date | Where-Object { $_.Year -gt 2000 } </SBK>",
                "  <SemanticVersion>7.4.1-preview.2</SemanticVersion>",
                "  <Version>1.2</Version>",
                "  <DT>2023-10-04T14:16:04.5+05:30</DT>",
                "  <DT>2026-11-25T05:49:22.0000001-07:00</DT>",
                "  <D>-0.0001</D>",
                "  <Db>-INF</Db>",
                "  <Db>-1.5E-07</Db>",
                "  <Sg>-INF</Sg>",
                "  <Sg>3.4028235E+38</Sg>",
                "  <TS>P2DT0.5S</TS>",
                "  <TS>PT0.0000001S</TS>",
                "  <TS>-P1DT1H</TS>",
                "  <C>95</C>",
                "  <I16>-32768</I16>",
                "  <I64>-9223372036854775808</I64>",
                "  <SB>-128</SB>",
                "  <By>0</By>",
                "  <U16>0</U16>",
                "  <BA></BA>"),
                write(2, new XmlDocumentText("<root a=\"1\">x\ny</root>"),
                        new ImportedScriptBlock(" Get-Date | Where-Object { $_.Year -gt 2000 } "),
                        new SemanticVersionText("7.4.1-preview.2"), DotNetVersion.parse("1.2"),
                        OffsetDateTime.parse("2023-10-04T14:16:04.5+05:30"),
                        OffsetDateTime.parse("2026-11-25T05:49:22.0000001-07:00"), new BigDecimal("-0.0001"),
                        Double.NEGATIVE_INFINITY, -1.5e-7, Float.NEGATIVE_INFINITY, Float.MAX_VALUE,
                        Duration.ofDays(2).plusMillis(500), Duration.ofNanos(100), Duration.ofHours(-25), '_',
                        Short.MIN_VALUE, Long.MIN_VALUE, SByte.of(-128), (byte) 0, UInt16.of(0), new byte[0]));
    }

    @Test
    void writes_stacks_queues_other_enumerables_and_ordered_dictionaries_with_their_own_tags() {
        DeserializedList stack = new DeserializedList(List.of("System.Collections.Stack", "System.Object"), "STK");
        stack.addAll(List.of(3, 2));
        DeserializedList queue = new DeserializedList(List.of("System.Collections.Queue", "System.Object"), "QUE");
        queue.add("first");
        DeserializedList other = new DeserializedList(List.of(
                "System.Collections.Generic.HashSet`1[[System.String]]", "System.Object"), "IE");
        other.add("a");
        PsHashtable ordered = new PsHashtable(true);
        ordered.put("z", 1);
        ordered.put("a", null);
        assertEquals(doc(
                "  <Obj RefId=\"0\">",
                "    <TN RefId=\"0\">",
                "      <T>System.Collections.Stack</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <STK>",
                "      <I32>3</I32>",
                "      <I32>2</I32>",
                "    </STK>",
                "  </Obj>",
                "  <Obj RefId=\"1\">",
                "    <TN RefId=\"1\">",
                "      <T>System.Collections.Queue</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <QUE>",
                "      <S>first</S>",
                "    </QUE>",
                "  </Obj>",
                "  <Obj RefId=\"2\">",
                "    <TN RefId=\"2\">",
                "      <T>System.Collections.Generic.HashSet`1[[System.String]]</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <IE>",
                "      <S>a</S>",
                "    </IE>",
                "  </Obj>",
                "  <Obj RefId=\"3\">",
                "    <TN RefId=\"3\">",
                "      <T>System.Collections.Specialized.OrderedDictionary</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <DCT>",
                "      <En>",
                "        <S N=\"Key\">z</S>",
                "        <I32 N=\"Value\">1</I32>",
                "      </En>",
                "      <En>",
                "        <S N=\"Key\">a</S>",
                "        <Nil N=\"Value\" />",
                "      </En>",
                "    </DCT>",
                "  </Obj>"), write(2, stack, queue, other, ordered));
        assertEquals(List.of(), ClixmlStructure.check(write(2, stack, queue, other, ordered)));
        List<Object> back = ClixmlReader.deserialize(write(2, stack, queue, other, ordered), null);
        assertEquals("QUE", ((DeserializedList) back.get(1)).containerTag());
        assertEquals(List.of("Deserialized.System.Collections.Generic.HashSet`1[[System.String]]",
                "Deserialized.System.Object"), ((DeserializedList) back.get(2)).typeNames());
        assertEquals(List.of("z", "a"), List.copyOf(((PsHashtable) back.get(3)).keySet()));
    }

    @Test
    void an_exchange_object_writes_props_then_its_remoting_notes_in_ms() {
        PsObject batch = new PsObject("Microsoft.Exchange.Migration.MigrationBatch", "System.Object")
                .withToString("Batch1");
        batch.add("Identity", "Batch1");
        batch.add("TotalCount", 2);
        batch.addNote("PSComputerName", "outlook.office365.com");
        batch.addNote("RunspaceId", UUID.fromString("4f1d6ed3-81ee-4120-9d38-b803867135e5"));
        batch.addNote("PSShowComputerName", false);
        assertEquals(doc(
                "  <Obj RefId=\"0\">",
                "    <TN RefId=\"0\">",
                "      <T>Microsoft.Exchange.Migration.MigrationBatch</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <ToString>Batch1</ToString>",
                "    <Props>",
                "      <S N=\"Identity\">Batch1</S>",
                "      <I32 N=\"TotalCount\">2</I32>",
                "    </Props>",
                "    <MS>",
                "      <S N=\"PSComputerName\">outlook.office365.com</S>",
                "      <G N=\"RunspaceId\">4f1d6ed3-81ee-4120-9d38-b803867135e5</G>",
                "      <B N=\"PSShowComputerName\">false</B>",
                "    </MS>",
                "  </Obj>"), write(2, batch));
    }

    /** serialization.cs GetDepthOfSerialization: PreserveSerializationSettingOfOriginal gives them depth 1. */
    @Test
    void imported_objects_past_the_depth_stay_objects_as_powershell_keeps_them() {
        PsObject inner = new PsObject("Deserialized.X.Inner", "Deserialized.System.Object").withToString("inner");
        inner.add("Name", "i");
        PsObject entry = new PsObject("Deserialized.X.Entry", "Deserialized.System.Object").withToString("entry");
        entry.add("Message", "m");
        entry.add("Inner", inner);
        PsObject report = new PsObject("Deserialized.X.Report", "Deserialized.System.Object");
        report.add("Entries", new java.util.ArrayList<>(List.of(entry)));
        PsObject top = new PsObject("Deserialized.X.Top", "Deserialized.System.Object");
        top.add("Report", report);
        assertEquals(doc(
                "  <Obj RefId=\"0\">",
                "    <TN RefId=\"0\">",
                "      <T>Deserialized.X.Top</T>",
                "      <T>Deserialized.System.Object</T>",
                "    </TN>",
                "    <Props>",
                "      <Obj N=\"Report\" RefId=\"1\">",
                "        <TN RefId=\"1\">",
                "          <T>Deserialized.X.Report</T>",
                "          <T>Deserialized.System.Object</T>",
                "        </TN>",
                "        <Props>",
                "          <Obj N=\"Entries\" RefId=\"2\">",
                "            <TN RefId=\"2\">",
                "              <T>System.Object[]</T>",
                "              <T>System.Array</T>",
                "              <T>System.Object</T>",
                "            </TN>",
                "            <LST>",
                "              <Obj RefId=\"3\">",
                "                <TN RefId=\"3\">",
                "                  <T>Deserialized.X.Entry</T>",
                "                  <T>Deserialized.System.Object</T>",
                "                </TN>",
                "                <ToString>entry</ToString>",
                "                <Props>",
                "                  <S N=\"Message\">m</S>",
                "                  <Obj N=\"Inner\" RefId=\"4\">",
                "                    <TN RefId=\"4\">",
                "                      <T>Deserialized.X.Inner</T>",
                "                      <T>Deserialized.System.Object</T>",
                "                    </TN>",
                "                    <ToString>inner</ToString>",
                "                    <Props>",
                "                      <S N=\"Name\">i</S>",
                "                    </Props>",
                "                  </Obj>",
                "                </Props>",
                "              </Obj>",
                "            </LST>",
                "          </Obj>",
                "        </Props>",
                "      </Obj>",
                "    </Props>",
                "  </Obj>"), write(2, top));
    }

    @Test
    void a_cycle_reads_back_as_the_same_object() {
        PsObject a = PsObject.custom();
        a.add("Name", "a");
        a.add("Self", a);
        List<Object> list = new java.util.ArrayList<>(List.of(a, a));
        List<Object> back = ClixmlReader.deserialize(write(2, list, a), null);
        List<?> items = (List<?>) back.get(0);
        PsObject first = (PsObject) items.get(0);
        assertTrue(first == first.get("Self"), "the cycle closes on the object itself");
        assertTrue(first == items.get(1) && first == back.get(1), "each Ref is that object");
    }

    @Test
    void property_names_are_escaped_like_strings() {
        PsObject o = PsObject.custom();
        o.add("a_x b\tc<&>\"", 1);
        assertEquals(doc(
                "  <Obj RefId=\"0\">",
                "    <TN RefId=\"0\">",
                "      <T>System.Management.Automation.PSCustomObject</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <MS>",
                "      <I32 N=\"a_x005F_x b_x0009_c&lt;&amp;&gt;&quot;\">1</I32>",
                "    </MS>",
                "  </Obj>"), write(2, o));
        assertEquals(List.of("a_x b\tc<&>\""), ((PsObject) ClixmlReader.deserialize(write(2, o), null).get(0))
                .propertyNames());
    }

    @Test
    void a_secure_string_is_written_as_hex_ciphertext_never_as_its_text(@TempDir Path home) {
        SecureStringCipher cipher = SecureStringCipher.forDataDirectory(home);
        String xml = ClixmlWriter.serialize(List.of(new SecureString("P@ssw0rd".toCharArray())), 2, cipher, "\n");
        assertTrue(xml.matches("(?s).*\n  <SS>[0-9a-f]{32,}</SS>\n</Objs>"), xml);
        assertFalse(xml.contains("P@ssw0rd"));
        SecureString back = (SecureString) ClixmlReader.deserialize(xml, cipher).get(0);
        assertArrayEquals("P@ssw0rd".toCharArray(), back.reveal());
    }

    @Test
    void every_primitive_reads_back_as_the_same_value_and_type_and_writes_the_same_text() {
        List<Object> values = Arrays.asList("a_x\r\n\uD83D\uDE00", "", 'a', true, false,
                XmlConvertText.parseDateTime("2008-04-11T10:42:32.2731993-07:00"),
                XmlConvertText.parseDateTime("2021-09-28T17:32:01Z"),
                XmlConvertText.parseDateTime("2023-10-04T14:16:04.5+05:30"),
                XmlConvertText.parseDateTime("2024-01-15T10:00:00+00:00"),
                XmlConvertText.parseDateTime("2024-01-15T10:00:00"), new BigDecimal("12.50"), 1.5, Double.NaN,
                Double.POSITIVE_INFINITY, 0.1 + 0.2, 1.1f, UUID.fromString("59ce2f71-eaa2-4ddf-a4fa-f25069d0b324"),
                (short) -5, 42, 2048L, SByte.of(-1), (byte) 200, UInt16.of(65535), UInt32.of(4294967295L),
                UInt64.parse("18446744073709551615"), Duration.ofNanos(9_026_902_600L), Duration.ofSeconds(-1),
                Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4),
                URI.create("https://outlook.office365.com/a?b=1&c=2"), new byte[] {0, 1, 2, (byte) 255},
                DotNetVersion.parse("15.2.986.5"), new SemanticVersionText("1.2.3-preview"),
                new XmlDocumentText("<a>b</a>"), null);
        String xml = ClixmlWriter.serialize(values, 2, null, "\n");
        assertEquals(List.of(), ClixmlStructure.check(xml), "every known type in the structure PowerShell reads");
        List<Object> back = ClixmlReader.deserialize(xml, null);
        assertEquals(values.size(), back.size());
        for (int i = 0; i < values.size(); i++) {
            Object want = values.get(i);
            Object got = back.get(i);
            if (want == null) {
                assertEquals(null, got, "item " + i);
            } else if (want instanceof byte[] bytes) {
                assertArrayEquals(bytes, (byte[]) got, "item " + i);
            } else {
                assertEquals(want.getClass(), got.getClass(), "item " + i);
                assertEquals(want, got, "item " + i);
                if (want instanceof PsDateTime d) assertEquals(d.kind(), ((PsDateTime) got).kind(), "item " + i);
            }
        }
        assertEquals(xml, ClixmlWriter.serialize(back, 2, null, "\n"));
        Object sbk = ClixmlReader.deserialize(write(2, new ImportedScriptBlock("1 + 1")), null).get(0);
        assertInstanceOf(ImportedScriptBlock.class, sbk, "a script block comes back as its text only");
        assertEquals("1 + 1", sbk.toString());
    }
}
