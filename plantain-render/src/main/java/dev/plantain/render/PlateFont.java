package dev.plantain.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Finds the real installed font that text is set in: DejaVu Sans when the machine has it, otherwise the first of a
 * few other free sans-serif families that is installed (with the reason logged), never one of Java's logical fonts
 * (Dialog, SansSerif...), whose look differs from machine to machine.
 */
public final class PlateFont {

    /** The family text is set in wherever it is installed. */
    public static final String PREFERRED = "DejaVu Sans";

    static final List<String> FALLBACKS =
            List.of("Liberation Sans", "Nimbus Sans", "Noto Sans", "FreeSans", "Open Sans", "Arial", "Helvetica");

    private static final Set<String> LOGICAL =
            Set.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED);
    private static final Logger LOG = Logger.getLogger(PlateFont.class.getName());

    private PlateFont() {}

    /** The bold font text is set in, at size 12. */
    public static Font resolve() {
        return resolve(List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
    }

    /**
     * The bold font of the preferred family, or of the first installed fallback, among {@code installed} families.
     *
     * @throws IllegalStateException when none of them is installed, naming what was looked for
     */
    static Font resolve(List<String> installed) {
        if (installed.contains(PREFERRED) && real(PREFERRED)) {
            return new Font(PREFERRED, Font.BOLD, 12);
        }
        for (String family : FALLBACKS) {
            if (installed.contains(family) && real(family)) {
                LOG.warning(() -> "text is set in " + family + ": the font " + PREFERRED + " is not installed"
                        + " (install fonts-dejavu-core for the intended look)");
                return new Font(family, Font.BOLD, 12);
            }
        }
        throw new IllegalStateException("no font to set text in: none of " + PREFERRED + ", " + FALLBACKS
                + " is installed (install fonts-dejavu-core); Java's logical fonts are not used because their look"
                + " differs between machines");
    }

    /** Whether Java opens the family itself rather than substituting a logical font for it. */
    static boolean real(String family) {
        Font font = new Font(family, Font.BOLD, 12);
        return family.equals(font.getFamily()) && !LOGICAL.contains(font.getFamily()) && font.canDisplayUpTo("Aa0") < 0;
    }
}
