package dev.plantain.art;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A set of colour emoji SVGs keyed by CLDR-style names ({@code red-apple}, {@code cat}), or of single-colour silhouette
 * icons drawn shaded in a natural colour ({@link Silhouettes}), loaded once from the classpath and rendered with jsvg.
 * An id qualified with another set's name ({@code noto:cat}, {@code mdi:desk}) is looked up in that set, so a plan's
 * art ids say which art they mean. Thread-safe: the icon table is immutable and rendering shares nothing.
 */
public final class ArtLibrary {

    /** The default set's name. */
    public static final String FLUENT_FLAT = "fluent-emoji-flat";
    /** The name of the second set, Noto Emoji, and the qualifier of its art ids. */
    public static final String NOTO = "noto";
    /** The silhouette set Material Design Icons, the qualifier of its art ids ({@code mdi:desk}). */
    public static final String MDI = "mdi";
    /** The silhouette set Game Icons, the qualifier of its art ids ({@code game-icons:pillow}). */
    public static final String GAME_ICONS = "game-icons";
    /**
     * Plantain's own drawings, in colour, of things no emoji or icon set here shows (a bracelet, a rubber band), the
     * qualifier of their art ids ({@code plantain:bracelet}). Their ids are singular nouns, hyphen-joined.
     */
    public static final String PLANTAIN = "plantain";
    /** The files of the {@link #PLANTAIN} set, in IconifyJSON form, one per theme so they stay small. */
    static final List<String> PLANTAIN_PARTS = List.of("home", "food", "outdoors", "things");

    private static final String QUALIFIER = ":";
    private static final Set<String> SETS = Set.of(FLUENT_FLAT, NOTO, MDI, GAME_ICONS, PLANTAIN);
    private static final Map<String, ArtLibrary> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final Map<String, Icon> icons;

    /** An icon's SVG body in its own coordinate box. */
    private record Icon(String body, int width, int height, boolean flipped) {}

    private ArtLibrary(String name, Map<String, Icon> icons) {
        this.name = name;
        this.icons = Collections.unmodifiableMap(icons);
    }

    /** The default library: Fluent Emoji Flat (MIT, Microsoft), loaded on first use. */
    public static ArtLibrary fluentFlat() {
        return set(FLUENT_FLAT);
    }

    /** The second set: Noto Emoji (Apache-2.0, Google), loaded on first use. */
    public static ArtLibrary noto() {
        return set(NOTO);
    }

    /**
     * A set by name, loaded on first use: {@link #FLUENT_FLAT}, {@link #NOTO}, the silhouette sets {@link #MDI}
     * (Apache-2.0, Pictogrammers) and {@link #GAME_ICONS} (CC BY 3.0, game-icons.net), or Plantain's own drawings,
     * {@link #PLANTAIN}.
     */
    public static ArtLibrary set(String name) {
        if (!SETS.contains(name)) {
            throw new IllegalArgumentException("no art set '" + name + "', known: " + new TreeSet<>(SETS));
        }
        return LOADED.computeIfAbsent(name, ArtLibrary::load);
    }

    /** An art id of the named set as any library resolves it: {@code noto:cat}; the default set's ids stay bare. */
    public static String qualified(String set, String artId) {
        return FLUENT_FLAT.equals(set) ? artId : set + QUALIFIER + artId;
    }

    static ArtLibrary load(String set) {
        Map<String, Icon> icons = new TreeMap<>();
        if (set.equals(PLANTAIN)) {
            PLANTAIN_PARTS.forEach(part -> parse(read(set, "/art/plantain/" + part + ".json"), icons));
        } else {
            parse(read(set, "/art/" + set + "/icons.json"), icons);
        }
        return new ArtLibrary(set, icons);
    }

    private static JsonNode read(String set, String resource) {
        try (InputStream in = ArtLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("art set " + set + " is missing from the classpath (" + resource
                        + "): build plantain-art, which fetches it with npm");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read art set " + set, e);
        }
    }

    /** Adds an IconifyJSON document's icons and aliases to {@code icons}. */
    private static void parse(JsonNode root, Map<String, Icon> icons) {
        int defaultWidth = root.path("width").asInt(16);
        int defaultHeight = root.path("height").asInt(16);
        root.path("icons")
                .properties()
                .forEach(e -> icons.put(
                        e.getKey(),
                        new Icon(
                                e.getValue().path("body").asText(),
                                e.getValue().path("width").asInt(defaultWidth),
                                e.getValue().path("height").asInt(defaultHeight),
                                false)));
        root.path("aliases").properties().forEach(e -> {
            Icon parent = icons.get(e.getValue().path("parent").asText());
            if (parent != null) {
                boolean flip = e.getValue().path("hFlip").asBoolean(false);
                icons.put(
                        e.getKey(), new Icon(parent.body(), parent.width(), parent.height(), parent.flipped() ^ flip));
            }
        });
    }

    public String name() {
        return name;
    }

    public boolean has(String artId) {
        return icon(artId) != null;
    }

    /** Every art id of this set itself, unqualified, sorted. */
    public Set<String> ids() {
        return icons.keySet();
    }

    /** The complete SVG document of an icon. */
    public Optional<String> svg(String artId) {
        int at = artId.indexOf(QUALIFIER);
        ArtLibrary owner = at < 0 ? this : owner(artId.substring(0, at));
        Icon icon = icon(artId);
        if (icon == null || owner == null) {
            return Optional.empty();
        }
        String drawn = Silhouettes.isSilhouetteSet(owner.name)
                ? Silhouettes.shaded(icon.body(), artId.substring(artId.indexOf(QUALIFIER) + 1), icon.width())
                : icon.body();
        String body = icon.flipped()
                ? "<g transform=\"translate(" + icon.width() + " 0) scale(-1 1)\">" + drawn + "</g>"
                : drawn;
        return Optional.of("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + icon.width() + "\" height=\""
                + icon.height() + "\" viewBox=\"0 0 " + icon.width() + " " + icon.height() + "\">" + body + "</svg>");
    }

    /** An icon by its own id, or by an id qualified with this or another set's name; null when there is none. */
    private Icon icon(String artId) {
        int at = artId.indexOf(QUALIFIER);
        if (at < 0) {
            return icons.get(artId);
        }
        String set = artId.substring(0, at);
        String id = artId.substring(at + QUALIFIER.length());
        ArtLibrary owner = owner(set);
        return owner == null ? null : owner.icons.get(id);
    }

    /** The set a qualifier names: this one, another known one, or null. */
    private ArtLibrary owner(String set) {
        return set.equals(name) ? this : SETS.contains(set) ? set(set) : null;
    }

    /** Parses an icon into a jsvg document, to render many times. */
    public SVGDocument document(String artId) {
        String svg = svg(artId).orElseThrow(() -> new IllegalArgumentException("no art '" + artId + "' in " + name));
        SVGDocument document = new SVGLoader()
                .load(
                        new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)),
                        null,
                        LoaderContext.createDefault());
        if (document == null) {
            throw new IllegalStateException("art '" + artId + "' of " + name + " is not valid SVG");
        }
        return document;
    }

    /** Draws an icon scaled into a rectangle of the graphics, with antialiasing. */
    public void draw(String artId, Graphics2D g, double x, double y, double width, double height) {
        SVGDocument document = document(artId);
        Graphics2D copy = (Graphics2D) g.create();
        try {
            copy.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            copy.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            document.render(null, copy, new ViewBox((float) x, (float) y, (float) width, (float) height));
        } finally {
            copy.dispose();
        }
    }

    /** An icon alone on a transparent image of the given size. */
    public BufferedImage render(String artId, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(artId, g, 0, 0, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }
}
