package io.migsh.clixml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.migsh.runtime.DateTimeKind;
import io.migsh.runtime.PsDateTime;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.UUID;
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

    @Test
    void doubles_written_the_quick_way_match_the_exact_rounding() {
        Random random = new Random(20261125);
        for (int i = 0; i < 20_000; i++) {
            double any = Double.longBitsToDouble(random.nextLong());
            double decimal = random.nextInt(10_000_000) / Math.pow(10, random.nextInt(14)) * (i % 2 == 0 ? 1 : -1);
            double scaled = random.nextDouble() * Math.pow(10, random.nextInt(60) - 30);
            for (double d : new double[] {any, decimal, scaled, 52_428_800.5 + i}) {
                if (Double.isNaN(d) || Double.isInfinite(d) || d == 0 || d == Math.rint(d) && Math.abs(d) < 1e15) continue;
                assertEquals(XmlConvertText.ofDoubleExactly(d), XmlConvertText.ofDouble(d), () -> Double.toString(d));
            }
        }
        assertEquals("52428800.5", XmlConvertText.ofDouble(52_428_800.5));
        assertEquals("1E-05", XmlConvertText.ofDouble(1e-5));
        assertEquals("0.00123", XmlConvertText.ofDouble(0.00123));
        assertEquals("2.82879384806159E+17", XmlConvertText.ofDouble(2.82879384806159E17)); // Java 17 prints 18 digits
        assertEquals("4.94065645841247E-324", XmlConvertText.ofDouble(Double.MIN_VALUE));
    }

    @Test
    void guids_and_dates_written_into_arrays_read_as_their_strings() {
        Random random = new Random(7);
        char[] c = new char[XmlConvertText.MAX_DATE_TIME_CHARS];
        for (int i = 0; i < 1000; i++) {
            UUID g = new UUID(random.nextLong(), random.nextLong());
            assertEquals(g.toString(), new String(c, 0, XmlConvertText.guidChars(g, c)));
        }
        // the two ends of DateTime's range, with the widest offsets
        assertEquals("0001-01-01T00:00:00+14:00",
                XmlConvertText.ofDateTime(PsDateTime.from(OffsetDateTime.parse("0001-01-01T00:00:00+14:00"))));
        assertEquals("9999-12-31T23:59:59.9999999-14:00",
                XmlConvertText.ofDateTime(PsDateTime.from(OffsetDateTime.parse("9999-12-31T23:59:59.9999999-14:00"))));
        assertEquals("-P1DT0.0000001S", XmlConvertText.ofDuration(Duration.ofDays(-1).minusNanos(100)));
    }
}
