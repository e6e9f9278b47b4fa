package dev.plantain.remote;

import dev.plantain.failure.DependencyFailure;
import dev.plantain.plan.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Places a crop inside the size a model edits at, scaled uniformly and centred on a neutral grey (never stretched),
 * and takes the same rectangle back out of the model's answer. An answer of the sent shape is resized to the sent
 * size; an answer of another shape (more than {@value #ASPECT_TOLERANCE} apart) is refused, since it cannot be
 * mapped back onto the crop without stretching.
 */
final class Letterbox {

    static final double ASPECT_TOLERANCE = 0.02;

    private final PixelSize sent;
    private final Box placed;
    private final int cropWidth;
    private final int cropHeight;

    private Letterbox(PixelSize sent, Box placed, int cropWidth, int cropHeight) {
        this.sent = sent;
        this.placed = placed;
        this.cropWidth = cropWidth;
        this.cropHeight = cropHeight;
    }

    static Letterbox of(int cropWidth, int cropHeight, PixelSize sent) {
        double scale = Math.min((double) sent.width() / cropWidth, (double) sent.height() / cropHeight);
        int w = Math.min(sent.width(), Math.max(1, (int) Math.round(cropWidth * scale)));
        int h = Math.min(sent.height(), Math.max(1, (int) Math.round(cropHeight * scale)));
        return new Letterbox(
                sent, new Box((sent.width() - w) / 2, (sent.height() - h) / 2, w, h), cropWidth, cropHeight);
    }

    /** The crop as sent to the model. */
    BufferedImage place(BufferedImage crop) {
        BufferedImage out = new BufferedImage(sent.width(), sent.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(0x808080));
        g.fillRect(0, 0, sent.width(), sent.height());
        g.drawImage(Resize.to(crop, placed.width(), placed.height()), placed.x(), placed.y(), null);
        g.dispose();
        return out;
    }

    /** A box of the crop, in the coordinates of the image as sent. */
    Box toSent(Box inCrop) {
        double sx = (double) placed.width() / cropWidth;
        double sy = (double) placed.height() / cropHeight;
        int x0 = placed.x() + (int) Math.floor(inCrop.x() * sx);
        int y0 = placed.y() + (int) Math.floor(inCrop.y() * sy);
        int x1 = placed.x() + (int) Math.ceil(inCrop.right() * sx);
        int y1 = placed.y() + (int) Math.ceil(inCrop.bottom() * sy);
        return new Box(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    /** The crop's rectangle out of the model's answer, at the crop's own size. */
    BufferedImage takeBack(BufferedImage answer, String model) {
        if (sent.aspectDistance((double) answer.getWidth() / answer.getHeight()) > ASPECT_TOLERANCE) {
            throw DependencyFailure.permanent(
                    model,
                    model + " answered a " + answer.getWidth() + "x" + answer.getHeight() + " image for a " + sent
                            + " edit: another shape cannot be put back without stretching",
                    null);
        }
        BufferedImage atSent = answer.getWidth() == sent.width() && answer.getHeight() == sent.height()
                ? answer
                : Resize.to(answer, sent.width(), sent.height());
        BufferedImage region = Resize.crop(atSent, placed.x(), placed.y(), placed.width(), placed.height());
        return Resize.to(region, cropWidth, cropHeight);
    }
}
