package io.migsh.clixml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.runtime.DotNetName;
import io.migsh.runtime.EnumValue;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SByte;
import io.migsh.runtime.UInt16;
import io.migsh.runtime.UInt32;
import io.migsh.runtime.UInt64;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Golden texts: what PowerShell writes for each primitive and container (reference/powershell-clixml.md). */
class ClixmlWriterTest {
    static final String HEAD = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">";

    static String write(int depth, Object... objects) {
        return ClixmlWriter.serialize(Arrays.asList(objects), depth, null).replace(System.lineSeparator(), "\n");
    }

    static String doc(String... lines) {
        return HEAD + "\n" + String.join("\n", lines) + "\n</Objs>";
    }

    @DotNetName("System.ServiceProcess.ServiceControllerStatus")
    enum ServiceControllerStatus implements EnumValue {
        Stopped(1), StartPending(2), StopPending(3), Running(4);

        private final int value;

        ServiceControllerStatus(int value) {
            this.value = value;
        }

        @Override
        public long value() {
            return value;
        }
    }

    @DotNetName("Microsoft.Exchange.Data.ObjectState")
    enum ObjectState { New, Unchanged, Changed }

    @Test
    void writes_each_primitive_as_its_element() {
        assertEquals(doc(
                "  <S>abc</S>",
                "  <S></S>",
                "  <C>97</C>",
                "  <B>true</B>",
                "  <DT>2008-04-11T10:42:32.2731993-07:00</DT>",
                "  <DT>2021-09-28T17:32:01Z</DT>",
                "  <D>12.50</D>",
                "  <Db>0</Db>",
                "  <Db>1.5</Db>",
                "  <Db>1E+15</Db>",
                "  <Db>1E-05</Db>",
                "  <Db>0.0001</Db>",
                "  <Db>0.1</Db>",
                "  <Db>INF</Db>",
                "  <Db>NaN</Db>",
                "  <Sg>1.1</Sg>",
                "  <G>59ce2f71-eaa2-4ddf-a4fa-f25069d0b324</G>",
                "  <I16>-5</I16>",
                "  <I32>42</I32>",
                "  <I64>2048</I64>",
                "  <SB>-1</SB>",
                "  <By>200</By>",
                "  <U16>65535</U16>",
                "  <U32>4294967295</U32>",
                "  <U64>18446744073709551615</U64>",
                "  <TS>PT9.0269026S</TS>",
                "  <TS>P1DT2H3M4S</TS>",
                "  <TS>PT0S</TS>",
                "  <TS>-PT1S</TS>",
                "  <URI>https://outlook.office365.com/a?b=1&amp;c=2</URI>",
                "  <BA>AAEC/w==</BA>",
                "  <Version>15.2.986.5</Version>",
                "  <Nil />"),
                write(2, "abc", "", 'a', true, OffsetDateTime.parse("2008-04-11T10:42:32.2731993-07:00"),
                        OffsetDateTime.parse("2021-09-28T17:32:01Z"), new BigDecimal("12.50"), 0.0, 1.5, 1e15,
                        1e-5, 0.0001, 0.1, Double.POSITIVE_INFINITY, Double.NaN, 1.1f,
                        UUID.fromString("59ce2f71-eaa2-4ddf-a4fa-f25069d0b324"), (short) -5, 42, 2048L,
                        SByte.of(-1), (byte) 200, UInt16.of(65535), UInt32.of(4294967295L),
                        UInt64.parse("18446744073709551615"), Duration.ofNanos(9_026_902_600L),
                        Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4), Duration.ZERO,
                        Duration.ofSeconds(-1), URI.create("https://outlook.office365.com/a?b=1&c=2"),
                        new byte[] {0, 1, 2, (byte) 255}, DotNetVersion.parse("15.2.986.5"), null));
    }

    @Test
    void escapes_control_characters_underscores_and_surrogates() {
        assertEquals(doc(
                "  <S>line1_x000D__x000A_line2_x0009_end</S>",
                "  <S>a_x005F_x and _x005F_X but _y</S>",
                "  <S>_xD83D__xDE00_ &lt;b&gt; &amp; \"q\"</S>"),
                write(2, "line1\r\nline2\tend", "a_x and _X but _y", "\uD83D\uDE00 <b> & \"q\""));
    }

    @Test
    void writes_a_generic_list_like_the_powershell_unit_test() {
        DeserializedList list = new DeserializedList(List.of(
                "System.Collections.Generic.List`1[[System.Object, System.Private.CoreLib]]", "System.Object"), "LST");
        list.addAll(List.of(1, 2, 3));
        assertEquals(doc(
                "  <Obj RefId=\"0\">",
                "    <TN RefId=\"0\">",
                "      <T>System.Collections.Generic.List`1[[System.Object, System.Private.CoreLib]]</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <LST>",
                "      <I32>1</I32>",
                "      <I32>2</I32>",
                "      <I32>3</I32>",
                "    </LST>",
                "  </Obj>"), write(2, list));
    }

    @Test
    void writes_an_enum_with_its_type_names_name_and_value() {
        PsObject svc = new PsObject("System.ServiceProcess.ServiceController", "System.Object")
                .withToString("MSExchangeMitigation");
        svc.add("Status", ServiceControllerStatus.Running);
        svc.add("State", ObjectState.Changed);
        assertEquals(doc(
                "  <Obj RefId=\"0\">",
                "    <TN RefId=\"0\">",
                "      <T>System.ServiceProcess.ServiceController</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <ToString>MSExchangeMitigation</ToString>",
                "    <Props>",
                "      <Obj N=\"Status\" RefId=\"1\">",
                "        <TN RefId=\"1\">",
                "          <T>System.ServiceProcess.ServiceControllerStatus</T>",
                "          <T>System.Enum</T>",
                "          <T>System.ValueType</T>",
                "          <T>System.Object</T>",
                "        </TN>",
                "        <ToString>Running</ToString>",
                "        <I32>4</I32>",
                "      </Obj>",
                "      <Obj N=\"State\" RefId=\"2\">",
                "        <TN RefId=\"2\">",
                "          <T>Microsoft.Exchange.Data.ObjectState</T>",
                "          <T>System.Enum</T>",
                "          <T>System.ValueType</T>",
                "          <T>System.Object</T>",
                "        </TN>",
                "        <ToString>Changed</ToString>",
                "        <I32>2</I32>",
                "      </Obj>",
                "    </Props>",
                "  </Obj>"), write(2, svc));
    }

    @Test
    void flattens_complex_objects_and_enums_to_strings_past_the_depth() {
        PsObject inner = new PsObject("Microsoft.Exchange.Data.Directory.ADObjectId", "System.Object")
                .withToString("contoso.com/Users/u1");
        inner.add("Name", "u1");
        PsObject middle = new PsObject("Middle", "System.Object");
        middle.add("Status", ServiceControllerStatus.Running);
        middle.add("Id", inner);
        middle.add("Names", new ArrayList<>(List.of("a", inner)));
        PsObject top = new PsObject("Top", "System.Object");
        top.add("Child", middle);
        assertEquals(doc(
                "  <Obj RefId=\"0\">",
                "    <TN RefId=\"0\">",
                "      <T>Top</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <ToString>Top</ToString>",
                "    <Props>",
                "      <Obj N=\"Child\" RefId=\"1\">",
                "        <TN RefId=\"1\">",
                "          <T>Middle</T>",
                "          <T>System.Object</T>",
                "        </TN>",
                "        <ToString>Middle</ToString>",
                "        <Props>",
                "          <S N=\"Status\">Running</S>",
                "          <S N=\"Id\">contoso.com/Users/u1</S>",
                "          <Obj N=\"Names\" RefId=\"2\">",
                "            <TN RefId=\"2\">",
                "              <T>System.Object[]</T>",
                "              <T>System.Array</T>",
                "              <T>System.Object</T>",
                "            </TN>",
                "            <LST>",
                "              <S>a</S>",
                "              <S>contoso.com/Users/u1</S>",
                "            </LST>",
                "          </Obj>",
                "        </Props>",
                "      </Obj>",
                "    </Props>",
                "  </Obj>"), write(2, top));
    }

    @Test
    void writes_custom_objects_in_member_sets_without_losing_depth_and_hashtables_as_dictionaries() {
        PsHashtable tls = new PsHashtable();
        PsObject v = PsObject.custom();
        v.add("TLSVersion", "1.2");
        v.add("ServerEnabledValue", UInt32.of(1));
        tls.put("1.2", v);
        PsObject registry = PsObject.custom();
        registry.add("TLS", tls);
        PsObject top = PsObject.custom();
        top.add("Registry", registry);
        top.add("Empty", new ArrayList<>());
        assertEquals(doc(
                "  <Obj RefId=\"0\">",
                "    <TN RefId=\"0\">",
                "      <T>System.Management.Automation.PSCustomObject</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <MS>",
                "      <Obj N=\"Registry\" RefId=\"1\">",
                "        <TNRef RefId=\"0\" />",
                "        <MS>",
                "          <Obj N=\"TLS\" RefId=\"2\">",
                "            <TN RefId=\"1\">",
                "              <T>System.Collections.Hashtable</T>",
                "              <T>System.Object</T>",
                "            </TN>",
                "            <DCT>",
                "              <En>",
                "                <S N=\"Key\">1.2</S>",
                "                <Obj N=\"Value\" RefId=\"3\">",
                "                  <TNRef RefId=\"0\" />",
                "                  <MS>",
                "                    <S N=\"TLSVersion\">1.2</S>",
                "                    <U32 N=\"ServerEnabledValue\">1</U32>",
                "                  </MS>",
                "                </Obj>",
                "              </En>",
                "            </DCT>",
                "          </Obj>",
                "        </MS>",
                "      </Obj>",
                "      <Obj N=\"Empty\" RefId=\"4\">",
                "        <TN RefId=\"2\">",
                "          <T>System.Object[]</T>",
                "          <T>System.Array</T>",
                "          <T>System.Object</T>",
                "        </TN>",
                "        <LST />",
                "      </Obj>",
                "    </MS>",
                "  </Obj>"), write(2, top));
    }

    @Test
    void repeats_an_object_and_a_cycle_as_references() {
        PsObject a = PsObject.custom();
        a.add("Name", "a");
        a.add("Self", a);
        List<Object> list = new ArrayList<>(List.of(a, a));
        assertEquals(doc(
                "  <Obj RefId=\"0\">",
                "    <TN RefId=\"0\">",
                "      <T>System.Object[]</T>",
                "      <T>System.Array</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <LST>",
                "      <Obj RefId=\"1\">",
                "        <TN RefId=\"1\">",
                "          <T>System.Management.Automation.PSCustomObject</T>",
                "          <T>System.Object</T>",
                "        </TN>",
                "        <MS>",
                "          <S N=\"Name\">a</S>",
                "          <Ref N=\"Self\" RefId=\"1\" />",
                "        </MS>",
                "      </Obj>",
                "      <Ref RefId=\"1\" />",
                "    </LST>",
                "  </Obj>",
                "  <Ref RefId=\"1\" />"), write(2, list, a));
    }

    @Test
    void writes_an_empty_document_as_one_empty_element() {
        assertEquals(HEAD.replace(">", " />"), write(2));
    }
}
