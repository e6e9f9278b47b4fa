package dev.plantain.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.NodeList;

/**
 * PNG text chunks, the way image tools read them (ImageMagick {@code identify -verbose}, exiftool): a keyword and
 * its text. Latin-1 text goes in tEXt chunks; anything else in uncompressed UTF-8 iTXt chunks.
 */
public final class PngText {

    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngText() {}

    /** The image as PNG with one text chunk per entry, in order. */
    public static byte[] encode(BufferedImage image, Map<String, String> text) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight());
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            IIOMetadata metadata =
                    writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            metadata.mergeTree(FORMAT, chunks(text));
            writer.write(new IIOImage(image, null, metadata));
        } catch (IIOInvalidTreeException e) {
            throw new IllegalArgumentException("PNG text not writable: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The text chunks of a PNG, by keyword. */
    public static Map<String, String> read(byte[] png) {
        Map<String, String> text = new LinkedHashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in, true, false);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree(FORMAT);
            collect(root.getElementsByTagName("tEXtEntry"), "value", text);
            collect(root.getElementsByTagName("iTXtEntry"), "text", text);
            reader.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }

    private static IIOMetadataNode chunks(Map<String, String> text) {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode latin = new IIOMetadataNode("tEXt");
        IIOMetadataNode international = new IIOMetadataNode("iTXt");
        text.forEach((keyword, value) -> {
            if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(value)) {
                IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                entry.setAttribute("keyword", keyword);
                entry.setAttribute("value", value);
                latin.appendChild(entry);
            } else {
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", keyword);
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", value);
                international.appendChild(entry);
            }
        });
        if (latin.hasChildNodes()) {
            root.appendChild(latin);
        }
        if (international.hasChildNodes()) {
            root.appendChild(international);
        }
        return root;
    }

    private static void collect(NodeList entries, String attribute, Map<String, String> text) {
        for (int i = 0; i < entries.getLength(); i++) {
            IIOMetadataNode entry = (IIOMetadataNode) entries.item(i);
            text.put(entry.getAttribute("keyword"), entry.getAttribute(attribute));
        }
    }
}
