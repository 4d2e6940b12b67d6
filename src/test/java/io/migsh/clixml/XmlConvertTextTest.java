package io.migsh.clixml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.migsh.runtime.DateTimeKind;
import io.migsh.runtime.PsDateTime;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class XmlConvertTextTest {
    @Test
    void durations_read_as_xml_schema_durations() {
        assertEquals(Duration.ofNanos(9_026_902_600L), XmlConvertText.parseDuration("PT9.0269026S"));
        assertEquals(Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4),
                XmlConvertText.parseDuration("P1DT2H3M4S"));
        assertEquals(Duration.ZERO, XmlConvertText.parseDuration("PT0S"));
        assertEquals(Duration.ofSeconds(-1), XmlConvertText.parseDuration("-PT1S"));
        assertEquals(Duration.ofDays(365 + 60), XmlConvertText.parseDuration("P1Y2M"));
        assertEquals(Duration.ofMinutes(5), XmlConvertText.parseDuration("PT5M"));
        for (String bad : new String[] {"P", "PT", "1S", "PT1", "PT1X", "P1S", "PT.5S"}) {
            assertThrows(NumberFormatException.class, () -> XmlConvertText.parseDuration(bad), bad);
        }
        for (String d : new String[] {"PT9.0269026S", "P1DT2H3M4S", "PT0S", "-PT1S", "P3D", "PT1H0.5S"}) {
            assertEquals(d, XmlConvertText.ofDuration(XmlConvertText.parseDuration(d)));
        }
    }

    @Test
    void dates_keep_offsets_and_fractions() {
        PsDateTime local = XmlConvertText.parseDateTime("2008-04-11T10:42:32.2731993-07:00");
        assertEquals(OffsetDateTime.parse("2008-04-11T10:42:32.2731993-07:00"), local.toOffsetDateTime());
        assertEquals(DateTimeKind.Local, local.kind());
        assertEquals("2008-04-11T10:42:32.2731993-07:00",
                XmlConvertText.ofDateTime(XmlConvertText.parseDateTime("2008-04-11T10:42:32.2731993-07:00")));
        assertEquals("2023-10-04T14:16:04Z", XmlConvertText.ofDateTime(XmlConvertText.parseDateTime("2023-10-04T14:16:04Z")));
        assertEquals("2023-10-04T14:16:04.5+05:30",
                XmlConvertText.ofDateTime(XmlConvertText.parseDateTime("2023-10-04T14:16:04.50+05:30")));
        assertEquals("2023-10-04T14:16:04", XmlConvertText.ofDateTime(XmlConvertText.parseDateTime("2023-10-04T14:16:04")));
        assertEquals("2023-10-04T14:16:04+00:00",
                XmlConvertText.ofDateTime(XmlConvertText.parseDateTime("2023-10-04T14:16:04+00:00")));
        assertThrows(NumberFormatException.class, () -> XmlConvertText.parseDateTime("2023-13-04T14:16:04Z"));
        assertThrows(NumberFormatException.class, () -> XmlConvertText.parseDateTime("yesterday"));
    }

    @Test
    void doubles_and_floats_use_the_shortest_round_trip_text() {
        assertEquals("0.30000000000000004", XmlConvertText.ofDouble(0.1 + 0.2));
        assertEquals("1.2345678901234568E+17", XmlConvertText.ofDouble(123456789012345678.0));
        assertEquals("123456789012345", XmlConvertText.ofDouble(123456789012345.0));
        assertEquals("-1.5E-07", XmlConvertText.ofDouble(-1.5e-7));
        assertEquals("-INF", XmlConvertText.ofDouble(Double.NEGATIVE_INFINITY));
        assertEquals("3.4028235E+38", XmlConvertText.ofFloat(Float.MAX_VALUE));
        assertEquals("1E+07", XmlConvertText.ofFloat(1e7f));
        assertEquals("1234567", XmlConvertText.ofFloat(1234567f));
        assertEquals(1e20, XmlConvertText.parseDouble("1E+20"));
        assertThrows(NumberFormatException.class, () -> XmlConvertText.parseDouble("1,5"));
    }
}
