package io.migsh.runtime;

/** System.ConsoleColor, with the ANSI colour each one is shown as. */
@DotNetName("System.ConsoleColor")
public enum ConsoleColor {
    Black(0), DarkBlue(4), DarkGreen(2), DarkCyan(6), DarkRed(1), DarkMagenta(5), DarkYellow(3), Gray(7),
    DarkGray(8), Blue(12), Green(10), Cyan(14), Red(9), Magenta(13), Yellow(11), White(15);

    private final int ansi;

    ConsoleColor(int ansi) {
        this.ansi = ansi;
    }

    /** The SGR escape that selects this colour as foreground (or background). */
    public String sgr(boolean background) {
        int base = ansi < 8 ? (background ? 40 : 30) : (background ? 100 : 90);
        return "\u001b[" + (base + ansi % 8) + "m";
    }

    /** The escape for an optional foreground and background pair; empty when neither is given. */
    public static String sgr(ConsoleColor foreground, ConsoleColor background) {
        return (foreground == null ? "" : foreground.sgr(false)) + (background == null ? "" : background.sgr(true));
    }
}
