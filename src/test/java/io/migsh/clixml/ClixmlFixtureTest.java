package io.migsh.clixml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.runtime.DateTimeKind;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.UInt32;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every real Export-Clixml file imports, with the values PowerShell would give. */
class ClixmlFixtureTest {
    @Test
    void service_controller_keeps_enums_references_and_flattened_values() {
        List<Object> objs = Fixtures.read(Fixtures.SERVICE);
        assertEquals(1, objs.size());
        PsObject svc = (PsObject) objs.get(0);
        assertEquals(List.of("Deserialized.System.ServiceProcess.ServiceController",
                "Deserialized.System.ComponentModel.Component", "Deserialized.System.MarshalByRefObject",
                "Deserialized.System.Object"), svc.typeNames());
        assertEquals("MSExchangeMitigation", svc.toString());
        assertEquals("Microsoft Exchange Emergency Mitigation Service", svc.get("DisplayName"));
        assertEquals(false, svc.get("CanPauseAndContinue"));

        PsObject status = (PsObject) svc.get("Status");
        assertEquals("Running", status.toString());
        assertEquals(4, status.baseValue());
        assertEquals("Deserialized.System.ServiceProcess.ServiceControllerStatus", status.typeName());
        assertEquals(List.of("Deserialized.System.ServiceProcess.ServiceControllerStatus", "Deserialized.System.Enum",
                "Deserialized.System.ValueType", "Deserialized.System.Object"), status.typeNames());

        DeserializedList dependedOn = (DeserializedList) svc.get("ServicesDependedOn");
        assertSame(dependedOn, svc.get("RequiredServices"), "the MS Ref names the Props list");
        assertTrue(svc.isNote("RequiredServices"));
        assertFalse(svc.isNote("ServicesDependedOn"));
        PsObject topology = (PsObject) dependedOn.get(0);
        assertEquals("MSExchangeADTopology", topology.get("Name"));
        assertEquals("Running", topology.get("Status"), "one level deeper the enum was written as its name");
        assertSame(topology.get("ServicesDependedOn"), topology.get("RequiredServices"));
        assertEquals(List.of("Netlogon", "NetTcpPortSharing"), topology.get("RequiredServices"));
        assertEquals(23, ((List<?>) topology.get("DependentServices")).size());
        assertEquals(List.of("Deserialized.System.ServiceProcess.ServiceController[]", "Deserialized.System.Array",
                "Deserialized.System.Object"), ((DeserializedList) svc.get("DependentServices")).typeNames());
        assertTrue(((List<?>) svc.get("DependentServices")).isEmpty());
        assertNull(svc.get("Site"));
        assertTrue(svc.has("Site"));
    }

    @Test
    void custom_objects_and_hashtables_come_back_nested() {
        PsObject tls = (PsObject) Fixtures.read(Fixtures.TLS).get(0);
        assertEquals(List.of("Deserialized.System.Management.Automation.PSCustomObject", "Deserialized.System.Object"),
                tls.typeNames());
        assertNull(tls.toStringValue());
        PsObject registry = (PsObject) tls.get("Registry");
        PsHashtable byVersion = (PsHashtable) registry.get("TLS");
        assertEquals(List.of("1.1", "1.2", "1.0"), List.copyOf(byVersion.keySet()).subList(0, 3));
        PsObject v12 = (PsObject) byVersion.get("1.2");
        assertEquals(true, v12.get("ServerEnabled"));
        assertEquals(1, v12.get("ServerEnabledValue"));
        assertEquals("Enabled", v12.get("TLSConfiguration"));
        assertNull(v12.get("ClientEnabledValue"));
        assertEquals("v4.0.30319", ((PsObject) ((PsHashtable) registry.get("NET")).get("netv4")).get("NetVersion"),
                "hashtable keys compare case-insensitively");
        assertEquals("Ssl3, Tls", tls.get("SecurityProtocol"));
        List<?> suites = (List<?>) tls.get("TlsCipherSuite");
        PsObject first = (PsObject) suites.get(0);
        assertEquals(UInt32.of(0), first.get("KeyType"));
        assertEquals("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256_P256", first.get("Name"));
        assertEquals("Microsoft.WindowsAuthenticationProtocols.Commands.TlsCipherSuite", first.toString());
    }

    @Test
    void three_exchange_objects_share_their_type_names() {
        List<Object> objs = Fixtures.read(Fixtures.HEALTH);
        assertEquals(3, objs.size());
        for (Object o : objs) {
            assertEquals("Deserialized.Microsoft.Exchange.Monitoring.ExchangeServicesStatus", ((PsObject) o).typeName());
        }
        PsObject first = (PsObject) objs.get(0);
        assertEquals("Mailbox Server Role", first.get("Role"));
        assertEquals(List.of("IISAdmin", "MSExchangeADTopology", "MSExchangeDelivery", "MSExchangeIS",
                "MSExchangeMailboxAssistants", "MSExchangeRepl", "MSExchangeRPC", "MSExchangeServiceHost",
                "MSExchangeSubmission", "MSExchangeThrottling", "MSExchangeTransportLogSearch", "W3Svc", "WinRM"),
                first.get("ServicesRunning"));
        assertEquals("Deserialized.Microsoft.Exchange.Data.MultiValuedProperty`1[[System.String, mscorlib, "
                + "Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]",
                ((DeserializedList) first.get("ServicesNotRunning")).typeNames().get(0));
        assertEquals("New", first.get("ObjectState").toString());
        assertEquals(0, ((PsObject) first.get("ObjectState")).baseValue());
        assertEquals("solo-e19a.solo.com", first.get("PSComputerName"));
        assertTrue(first.isNote("PSComputerName"));
        assertEquals(UUID.fromString("4f1d6ed3-81ee-4120-9d38-b803867135e5"), first.get("RunspaceId"));
        byte[] data = (byte[]) first.get("SerializationData");
        assertArrayEquals(new byte[] {0, 1, 0, 0, 0, (byte) 0xff}, java.util.Arrays.copyOf(data, 6));
        assertEquals(List.of("Role", "RequiredServicesRunning", "ServicesNotRunning", "ServicesRunning", "Identity",
                "IsValid", "ObjectState", "PSComputerName", "RunspaceId", "PSShowComputerName", "SerializationData"),
                first.propertyNames());
    }

    @Test
    void recipient_keeps_dates_with_offsets_guids_bytes_and_references() {
        PsObject group = (PsObject) Fixtures.read(Fixtures.GROUP).get(0);
        assertEquals("PublicFolderMailboxes.419323dd2b7d4d04a724dcc15e467521", group.toString());
        assertEquals(9, group.typeNames().size() + 1);
        // Exchange's WhenChanged is a local time (its server's offset), WhenChangedUTC a universal one
        PsDateTime changed = (PsDateTime) group.get("WhenChanged");
        assertEquals(OffsetDateTime.parse("2023-10-04T07:16:04-07:00"), changed.toOffsetDateTime());
        assertEquals(DateTimeKind.Local, changed.kind());
        assertEquals("-07:00", changed.offset().toString());
        PsDateTime changedUtc = (PsDateTime) group.get("WhenChangedUTC");
        assertEquals(OffsetDateTime.parse("2023-10-04T14:16:04Z"), changedUtc.toOffsetDateTime());
        assertEquals(DateTimeKind.Utc, changedUtc.kind());
        assertEquals(UUID.fromString("9a84412a-cef3-49d3-88ac-38cb0c564721"), group.get("Guid"));
        PsObject version = (PsObject) group.get("ExchangeVersion");
        assertEquals((byte) 10, version.get("Minor"));
        assertEquals("0.10 (14.0.100.0)", version.toString());
        PsObject details = (PsObject) group.get("RecipientTypeDetails");
        assertEquals(2048L, details.baseValue());
        assertEquals("DynamicDistributionGroup", details.toString());
        assertSame(group.get("Identity"), group.get("Id"));
        PsObject container = (PsObject) group.get("RecipientContainer");
        assertEquals("Deserialized.Microsoft.Exchange.Data.Directory.ADObjectId", container.typeName());
        assertEquals(2, container.get("Depth"));
        assertEquals("", group.get("CustomAttribute1"));
    }

    @Test
    void every_fixture_reads_the_same_from_utf16_and_crlf() {
        for (String name : Fixtures.ALL) {
            String text = Fixtures.text(name);
            byte[] utf16 = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
            List<Object> a = Fixtures.read(Fixtures.bytes(name));
            List<Object> b = Fixtures.read(utf16);
            assertEquals(a.size(), b.size(), name);
            assertEquals(ClixmlWriter.serialize(a, 2, null), ClixmlWriter.serialize(b, 2, null), name);
        }
    }

    @Test
    void hashtable_values_are_the_objects_written_in_the_entries() {
        PsObject tls = (PsObject) Fixtures.read(Fixtures.TLS).get(0);
        Object v = ((PsHashtable) ((PsObject) tls.get("Registry")).get("TLS")).get("1.1");
        assertInstanceOf(PsObject.class, v);
        assertEquals("1.1", ((PsObject) v).get("TLSVersion"));
    }
}
