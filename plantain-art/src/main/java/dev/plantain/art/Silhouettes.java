package dev.plantain.art;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a single-colour silhouette icon is drawn so that it reads as an object: filled in the thing's natural colour (a
 * desk's wood, a towel's blue), lit from the top left by a gradient of that colour, and outlined in a darker shade of
 * it. The draft's recolouring then moves the whole silhouette, shading and outline included, onto a planned colour.
 */
final class Silhouettes {

    /** The natural colour of an icon whose thing has none of its own (a lamp, a stool): a mid slate blue. */
    static final int DEFAULT_COLOUR = 0x5A7896;

    private static final Set<String> SETS = Set.of(ArtLibrary.MDI, ArtLibrary.GAME_ICONS);
    private static final int WOOD = 0x9A6234;
    private static final int METAL = 0x7C8794;
    private static final int FABRIC_BLUE = 0x4F86C6;

    /** Natural colours by icon id, the same in every silhouette set; ids not listed get {@link #DEFAULT_COLOUR}. */
    private static final Map<String, Integer> NATURAL = Map.ofEntries(
            Map.entry("desk", WOOD),
            Map.entry("table-furniture", WOOD),
            Map.entry("dresser", WOOD),
            Map.entry("cupboard", WOOD),
            Map.entry("wardrobe", WOOD),
            Map.entry("bookshelf", WOOD),
            Map.entry("stool", WOOD),
            Map.entry("bar-stool", WOOD),
            Map.entry("fence", WOOD),
            Map.entry("barrel", WOOD),
            Map.entry("bench", WOOD),
            Map.entry("ladder", WOOD),
            Map.entry("sofa", 0x8E5A9E),
            Map.entry("pillow", 0x6E9BD1),
            Map.entry("blanket", 0x5B8E5A),
            Map.entry("towel", FABRIC_BLUE),
            Map.entry("curtains", 0xA8423B),
            Map.entry("rug", 0xA8423B),
            Map.entry("carpet", 0xA8423B),
            Map.entry("belt", 0x6B4226),
            Map.entry("tire", 0x3F3F46),
            Map.entry("faucet", METAL),
            Map.entry("kettle", METAL),
            Map.entry("ladle", METAL),
            Map.entry("silverware-fork", METAL),
            Map.entry("fire-hydrant", 0xC8102E),
            Map.entry("microwave", 0x4A4F57),
            Map.entry("stove", METAL),
            Map.entry("toaster", METAL),
            Map.entry("sink", METAL),
            Map.entry("refrigerator", 0xC9CED6),
            Map.entry("hair-dryer", 0x3F3F46),
            Map.entry("tv-remote", 0x2F2F33),
            Map.entry("snowboard", 0x2F6FB0),
            Map.entry("baseball-bat", WOOD),
            Map.entry("whisk", METAL),
            Map.entry("knob", METAL),
            Map.entry("pipette", METAL),
            Map.entry("eraser", 0xE07A8A),
            Map.entry("highlighter", 0xE0C23A),
            Map.entry("lotion", 0x5FA8B8),
            Map.entry("plum", 0x7A3C7E),
            Map.entry("acorn", 0x9A6234),
            Map.entry("muffin", 0xA86B3C),
            Map.entry("hanger", METAL),
            Map.entry("grill", 0x3F3F46),
            Map.entry("mirror", 0x8FB4C9),
            Map.entry("calculator", 0x4A4F57),
            Map.entry("ink-spot", 0x1F3A70),
            Map.entry("saddle", 0x6B4226),
            Map.entry("rope-coil", 0xB08D57),
            Map.entry("laurels", 0x4E8A3E),
            Map.entry("berry-bush", 0x3E7A3A),
            Map.entry("stone-bust", 0xB8B4AC),
            Map.entry("waterfall", FABRIC_BLUE),
            Map.entry("rake", WOOD),
            Map.entry("torch", WOOD),
            Map.entry("fireplace", 0xA8423B),
            Map.entry("post-lamp", 0x3F3F46),
            Map.entry("monitor", 0x2F2F33),
            Map.entry("nail", METAL),
            Map.entry("tools", METAL),
            Map.entry("toy-mallet", WOOD));

    private Silhouettes() {}

    /** Whether a set's icons are single-colour silhouettes ({@code fill="currentColor"}). */
    static boolean isSilhouetteSet(String set) {
        return SETS.contains(set);
    }

    /** An icon's natural colour as 0xRRGGBB. */
    static int naturalColour(String id) {
        return NATURAL.getOrDefault(id, DEFAULT_COLOUR);
    }

    /** The icon's body filled with its shaded natural colour and outlined; {@code side} is its coordinate box's width. */
    static String shaded(String body, String id, int side) {
        int base = naturalColour(id);
        String gradient =
                "<defs><linearGradient id=\"plantain-shade\" gradientUnits=\"userSpaceOnUse\" x1=\"0\" y1=\"0\""
                        + " x2=\"" + side + "\" y2=\"" + side + "\"><stop offset=\"0\" stop-color=\""
                        + hex(mix(base, 0xFFFFFF, 0.3))
                        + "\"/><stop offset=\"1\" stop-color=\"" + hex(mix(base, 0x000000, 0.3))
                        + "\"/></linearGradient></defs>";
        String dark = hex(mix(base, 0x000000, 0.55));
        // A bold backing outline first: it joins an icon drawn in separate pieces (a lighthouse's stripes) into one
        // shape, as the object is one thing, so the verifier counts one.
        String backing = String.format(
                Locale.ROOT, "<g stroke=\"%s\" stroke-width=\"%.2f\" stroke-linejoin=\"round\">", dark, side / 10.0);
        String outline = String.format(
                Locale.ROOT, "<g stroke=\"%s\" stroke-width=\"%.2f\" stroke-linejoin=\"round\">", dark, side / 40.0);
        return gradient + backing + body.replace("currentColor", dark) + "</g>" + outline
                + body.replace("currentColor", "url(#plantain-shade)") + "</g>";
    }

    private static int mix(int rgb, int other, double t) {
        int r = channel(rgb >> 16, other >> 16, t);
        int g = channel(rgb >> 8, other >> 8, t);
        int b = channel(rgb, other, t);
        return r << 16 | g << 8 | b;
    }

    private static int channel(int from, int to, double t) {
        return (int) Math.round((from & 0xFF) * (1 - t) + (to & 0xFF) * t);
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }
}
