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
    private static final long TICKS_PER_SECOND = 10_000_000L;
    /** 1601-01-01, where Windows file times start, in .NET ticks. */
    public static final long FILE_TIME_EPOCH_TICKS = 504_911_232_000_000_000L;

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

    private static long wallTicks(LocalDateTime wall) {
        try {
            return Math.addExact(Math.multiplyExact(wall.toEpochSecond(ZoneOffset.UTC) + EPOCH_TO_DOTNET_SECONDS,
                    TICKS_PER_SECOND), wall.getNano() / 100);
        } catch (ArithmeticException e) {
            // some 29,000 years either side of year 1; .NET's own range ends at 9999
            throw new IllegalArgumentException("The added or subtracted value results in an un-representable DateTime.");
        }
    }

    private static LocalDateTime wallOf(long ticks) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(ticks, TICKS_PER_SECOND) - EPOCH_TO_DOTNET_SECONDS,
                (int) Math.floorMod(ticks, TICKS_PER_SECOND) * 100, ZoneOffset.UTC);
    }

    /** A universal time (Kind Utc), as [DateTime]::UtcNow and ToUniversalTime() give. */
    public static PsDateTime utc(Instant at) {
        return new PsDateTime(LocalDateTime.ofInstant(at, ZoneOffset.UTC), DateTimeKind.Utc, ZoneOffset.UTC);
    }

    /** The session's local time at an instant (Kind Local), as Get-Date and Exchange's non-UTC properties give. */
    public static PsDateTime local(Instant at) {
        LocalDateTime wall = LocalDateTime.ofInstant(at, Conversions.zone());
        return new PsDateTime(wall, DateTimeKind.Local, Conversions.zone().getRules().getOffset(at));
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

    public PsDateTime plus(Duration d) {
        return withWall(wall().plus(d));
    }

    public PsDateTime minus(Duration d) {
        return withWall(wall().minus(d));
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
