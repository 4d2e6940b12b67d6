package io.migsh.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A System.DateTime as the language sees every date: a clock reading to the tick (100 ns) and its {@link DateTimeKind}.
 * A Local reading also keeps the offset it was taken at, so that a date read from a file with another zone's offset
 * writes back with that offset (PowerShell would convert it to the machine's zone; see docs/clixml.md).
 */
public final class PsDateTime implements Comparable<PsDateTime> {
    private static final long EPOCH_TO_DOTNET_SECONDS = 62_135_596_800L;
    private static final long TICKS_PER_SECOND = TimeSpans.TICKS_PER_SECOND;
    /** 1601-01-01, where Windows file times start, in .NET ticks. */
    public static final long FILE_TIME_EPOCH_TICKS = 504_911_232_000_000_000L;
    /** 9999-12-31 23:59:59.9999999, DateTime.MaxValue; MinValue is 0001-01-01, tick 0. */
    public static final long MAX_TICKS = 3_155_378_975_999_999_999L;
    static final String UNREPRESENTABLE = "The added or subtracted value results in an un-representable DateTime.";

    /**
     * The wall-clock time in .NET ticks (100 ns since 0001-01-01), as .NET keeps it: anything finer is not part of a
     * DateTime, and one long instead of a LocalDateTime's three objects matters when a file holds many dates.
     */
    private final long ticks;
    private final DateTimeKind kind;
    private final ZoneOffset offset; // UTC for Utc, the reading's offset for Local, null for Unspecified

    private PsDateTime(LocalDateTime wall, DateTimeKind kind, ZoneOffset offset) {
        this.ticks = wallTicks(wall);
        this.kind = kind;
        this.offset = offset;
    }

    /** The reading's ticks; one outside DateTime's years 1 to 9999 is refused with .NET's message. */
    private static long wallTicks(LocalDateTime wall) {
        int year = wall.getYear();
        if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(UNREPRESENTABLE);
        return (wall.toEpochSecond(ZoneOffset.UTC) + EPOCH_TO_DOTNET_SECONDS) * TICKS_PER_SECOND + wall.getNano() / 100;
    }

    private static LocalDateTime wallOf(long ticks) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(ticks, TICKS_PER_SECOND) - EPOCH_TO_DOTNET_SECONDS,
                (int) Math.floorMod(ticks, TICKS_PER_SECOND) * 100, ZoneOffset.UTC);
    }

    /** A universal time (Kind Utc), as [DateTime]::UtcNow and ToUniversalTime() give. */
    public static PsDateTime utc(Instant at) {
        return new PsDateTime(clamped(LocalDateTime.ofInstant(at, ZoneOffset.UTC)), DateTimeKind.Utc, ZoneOffset.UTC);
    }

    /** The session's local time at an instant (Kind Local), as Get-Date and Exchange's non-UTC properties give. */
    public static PsDateTime local(Instant at) {
        LocalDateTime wall = clamped(LocalDateTime.ofInstant(at, Conversions.zone()));
        return new PsDateTime(wall, DateTimeKind.Local, Conversions.zone().getRules().getOffset(at));
    }

    /** A zone conversion that leaves DateTime's range stops at its end, as .NET's ToUniversalTime and ToLocalTime do. */
    private static LocalDateTime clamped(LocalDateTime wall) {
        if (wall.getYear() < 1) return wallOf(0);
        if (wall.getYear() > 9999) return wallOf(MAX_TICKS);
        return wall;
    }

    /** A clock reading of the given kind; a Local one takes the session zone's offset at that reading. */
    public static PsDateTime of(LocalDateTime wall, DateTimeKind kind) {
        return switch (kind) {
            case Utc -> new PsDateTime(wall, kind, ZoneOffset.UTC);
            case Local -> new PsDateTime(wall, kind, sessionOffset(wall));
            case Unspecified -> new PsDateTime(wall, kind, null);
        };
    }

    /** The reading .NET's Ticks count (100 ns since 0001-01-01 00:00), of the given kind: new DateTime(ticks, kind). */
    public static PsDateTime ofTicks(long ticks, DateTimeKind kind) {
        if (ticks < 0 || ticks > MAX_TICKS) {
            throw new ArgumentOutOfRangeException("Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
        }
        return of(wallOf(ticks), kind);
    }

    /** A local time written with an explicit offset (CLIXML's and JSON's "+05:30" forms), keeping that offset. */
    public static PsDateTime at(OffsetDateTime t) {
        return new PsDateTime(t.toLocalDateTime(), DateTimeKind.Local, t.getOffset());
    }

    /**
     * The date a domain value's OffsetDateTime stands for: a UTC instant (offset zero) is Kind Utc, as the *UTC
     * properties of Exchange's objects are; any other offset is a local time at that offset.
     */
    public static PsDateTime from(OffsetDateTime t) {
        return t.getOffset().getTotalSeconds() == 0
                ? new PsDateTime(t.toLocalDateTime(), DateTimeKind.Utc, ZoneOffset.UTC) : at(t);
    }

    /** A value as the language sees it: an OffsetDateTime from the domain becomes a date ({@link #from}). */
    public static Object adapt(Object value) {
        return value instanceof OffsetDateTime t ? from(t) : value;
    }

    /** The current local time (Get-Date, [DateTime]::Now). */
    public static PsDateTime now(Clock clock) {
        return local(clock.instant());
    }

    /** The clock reading (what .NET's Ticks count), without any zone. */
    public LocalDateTime wall() {
        return wallOf(ticks);
    }

    public DateTimeKind kind() {
        return kind;
    }

    /**
     * The offset from UTC this reading is at: zero for Utc, the reading's own for Local, and for Unspecified the
     * session zone's (.NET reads an Unspecified time as local when it needs an instant).
     */
    public ZoneOffset offset() {
        return offset != null ? offset : sessionOffset(wall());
    }

    /** The instant, with the reading's offset (the form the migration domain takes for -StartAfter and friends). */
    public OffsetDateTime toOffsetDateTime() {
        return wall().atOffset(offset());
    }

    public Instant instant() {
        return wall().toInstant(offset());
    }

    /** .NET's Ticks: 100-nanosecond intervals since 0001-01-01 00:00 of the clock reading. */
    public long ticks() {
        return ticks;
    }

    /** ToUniversalTime(): Utc stays; Local and Unspecified are read as local time and converted. */
    public PsDateTime toUniversalTime() {
        return kind == DateTimeKind.Utc ? this : utc(instant());
    }

    /** ToLocalTime(): Local stays; Utc and Unspecified are read as universal time and converted. */
    public PsDateTime toLocalTime() {
        if (kind == DateTimeKind.Local) return this;
        return local(wall().toInstant(ZoneOffset.UTC));
    }

    /** [DateTime]::SpecifyKind: the same clock reading with another kind. */
    public PsDateTime withKind(DateTimeKind k) {
        return k == kind ? this : of(wall(), k);
    }

    /** The same kind at another clock reading (AddDays and friends, .Date, Get-Date -Hour). */
    public PsDateTime withWall(LocalDateTime w) {
        if (kind != DateTimeKind.Local) return new PsDateTime(w, kind, offset);
        // a session-local time moves with the zone's rules (a new offset across a DST change); a reading kept at
        // a file's own offset stays at that offset
        ZoneOffset o = offset.equals(sessionOffset(wall())) ? sessionOffset(w) : offset;
        return new PsDateTime(w, kind, o);
    }

    /** Add(TimeSpan) and date + time span: AddTicks with the span's ticks. */
    public PsDateTime plus(Duration d) {
        return plusTicks(TimeSpans.ticks(d));
    }

    public PsDateTime minus(Duration d) {
        long t = TimeSpans.ticks(d);
        if (t == Long.MIN_VALUE) throw new ArgumentOutOfRangeException(UNREPRESENTABLE);
        return plusTicks(-t);
    }

    /** AddTicks: a reading outside DateTime's range is refused, as .NET refuses it. */
    public PsDateTime plusTicks(long t) {
        if (t > MAX_TICKS || t < -MAX_TICKS) throw new ArgumentOutOfRangeException(UNREPRESENTABLE);
        long sum = ticks + t;
        if (sum < 0 || sum > MAX_TICKS) throw new ArgumentOutOfRangeException(UNREPRESENTABLE);
        return withWall(wallOf(sum));
    }

    /**
     * AddDays, AddHours and their kin (.NET 7 and later): the whole units and the fraction each cut to whole ticks.
     * More units than ten thousand years hold is .NET's "Value to add was out of range."
     */
    public PsDateTime plusUnits(double value, long ticksPerUnit) {
        if (Double.isNaN(value) || Math.abs(value) > (double) (MAX_TICKS + 1) / ticksPerUnit) {
            throw new ArgumentOutOfRangeException("Value to add was out of range.");
        }
        double whole = value < 0 ? Math.ceil(value) : Math.floor(value);
        return plusTicks((long) whole * ticksPerUnit + (long) ((value - whole) * ticksPerUnit));
    }

    /** AddMonths: the day kept where the month has it, else the month's last day. */
    public PsDateTime plusMonths(int months) {
        if (months < -120_000 || months > 120_000) throw new ArgumentOutOfRangeException("Months value must be between +/-120000.");
        return withWall(wall().plusMonths(months));
    }

    public PsDateTime plusYears(int years) {
        if (years < -10_000 || years > 10_000) throw new ArgumentOutOfRangeException("Years value must be between +/-10000.");
        return withWall(wall().plusYears(years));
    }

    /** date - date: the difference of the clock readings, whatever their kinds, as .NET subtracts ticks. */
    public Duration minus(PsDateTime other) {
        return Duration.between(other.comparable(), comparable());
    }

    /**
     * The reading .NET would hold: a Local time at another zone's offset is compared as the session's local time
     * (PowerShell converts it on reading); the other kinds compare their readings, ignoring kind, as .NET does.
     */
    private LocalDateTime comparable() {
        LocalDateTime wall = wall();
        if (kind != DateTimeKind.Local) return wall;
        ZoneOffset here = sessionOffset(wall);
        return offset.equals(here) ? wall : LocalDateTime.ofInstant(wall.toInstant(offset), Conversions.zone());
    }

    @Override
    public int compareTo(PsDateTime o) {
        return comparable().compareTo(o.comparable());
    }

    /** Equal when the readings are (kind aside), as DateTime.Equals compares ticks only. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PsDateTime d && comparable().equals(d.comparable());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(comparable());
    }

    /** The text "$date" gives. */
    @Override
    public String toString() {
        return LanguagePrimitives.DATE_TEXT.format(wall());
    }

    private static ZoneOffset sessionOffset(LocalDateTime wall) {
        return Conversions.zone().getRules().getOffset(wall);
    }
}
