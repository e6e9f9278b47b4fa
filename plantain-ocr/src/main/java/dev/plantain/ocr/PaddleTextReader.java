package dev.plantain.ocr;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import dev.plantain.plan.Box;
import dev.plantain.verifier.TextReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads text with PP-OCRv4 on DJL's ONNX Runtime engine, both models loaded once and one image read at a time (a
 * DJL predictor must not be used by two threads at once): detection on the region scaled to
 * {@value #DETECTION_SIDE} pixels on the long side (enlarged at most {@value #MAX_UPSCALE} times), DB boxes, each
 * line cropped from the full-resolution image, recognised at {@value #LINE_HEIGHT} pixels high and CTC-decoded.
 */
public final class PaddleTextReader implements TextReader {

    static final int DETECTION_SIDE = 960;
    /** Small regions are enlarged for detection, text being easier to find at some size, but no more than this. */
    static final double MAX_UPSCALE = 2;

    static final int LINE_HEIGHT = 48;
    static final int MIN_LINE_WIDTH = 320;
    static final int MAX_LINE_WIDTH = 48 * 40;
    /** Lines whose characters score lower on average are specks of drawing read as letters (PaddleOCR's drop_score). */
    static final double MIN_CONFIDENCE = 0.5;

    private final ZooModel<Tensor, Tensor> detector;
    private final ZooModel<Tensor, Tensor> recognizer;
    private final Predictor<Tensor, Tensor> detect;
    private final Predictor<Tensor, Tensor> recognize;
    private final CtcDecoder decoder;

    private PaddleTextReader(
            ZooModel<Tensor, Tensor> detector, ZooModel<Tensor, Tensor> recognizer, CtcDecoder decoder) {
        this.detector = detector;
        this.recognizer = recognizer;
        this.detect = detector.newPredictor();
        this.recognize = recognizer.newPredictor();
        this.decoder = decoder;
    }

    /** Loads both models; throws {@link OcrException} when a file is missing or a model cannot be loaded. */
    public static PaddleTextReader load(OcrModels models) {
        models.missing().ifPresent(m -> {
            throw new OcrException(m, null);
        });
        DjlOffline.ensure();
        CtcDecoder decoder = CtcDecoder.load(models.dictionary());
        ZooModel<Tensor, Tensor> detector = model(models.detection());
        try {
            return new PaddleTextReader(detector, model(models.recognition()), decoder);
        } catch (RuntimeException e) {
            detector.close();
            throw e;
        }
    }

    @Override
    public synchronized List<TextLine> read(BufferedImage image, Box region) {
        Box area = clip(region, image);
        BufferedImage crop = image.getSubimage(area.x(), area.y(), area.width(), area.height());
        double scale = detectionScale(Math.max(area.width(), area.height()));
        int w = multipleOf32(area.width() * scale);
        int h = multipleOf32(area.height() * scale);
        Tensor map = predict(detect, ModelInput.of(crop, w, h, w, ModelInput.DETECTION_MEAN, ModelInput.DETECTION_STD));
        double sx = area.width() / (double) w;
        double sy = area.height() / (double) h;
        List<TextLine> lines = new ArrayList<>();
        for (Box b : TextBoxes.of(map)) {
            int x0 = area.x() + (int) Math.floor(b.x() * sx);
            int y0 = area.y() + (int) Math.floor(b.y() * sy);
            int x1 = Math.min(area.right(), area.x() + (int) Math.ceil(b.right() * sx));
            int y1 = Math.min(area.bottom(), area.y() + (int) Math.ceil(b.bottom() * sy));
            Box line = new Box(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
            CtcDecoder.Decoded decoded = recognise(image, line);
            if (!decoded.text().isEmpty() && decoded.confidence() >= MIN_CONFIDENCE) {
                lines.add(new TextLine(decoded.text(), decoded.confidence(), line));
            }
        }
        return lines;
    }

    /** Closes the predictors, then the models. */
    @Override
    public synchronized void close() {
        detect.close();
        recognize.close();
        detector.close();
        recognizer.close();
    }

    private CtcDecoder.Decoded recognise(BufferedImage image, Box line) {
        BufferedImage crop = image.getSubimage(line.x(), line.y(), line.width(), line.height());
        int width = (int) Math.min(
                MAX_LINE_WIDTH, Math.max(1, Math.ceil(LINE_HEIGHT * line.width() / (double) line.height())));
        Tensor input = ModelInput.of(
                crop,
                width,
                LINE_HEIGHT,
                Math.max(MIN_LINE_WIDTH, width),
                ModelInput.RECOGNITION_MEAN,
                ModelInput.RECOGNITION_STD);
        return decoder.decode(predict(recognize, input));
    }

    private static Tensor predict(Predictor<Tensor, Tensor> predictor, Tensor input) {
        try {
            return predictor.predict(input);
        } catch (TranslateException e) {
            throw new OcrException("OCR inference failed: " + e.getMessage(), e);
        }
    }

    private static ZooModel<Tensor, Tensor> model(Path file) {
        Criteria<Tensor, Tensor> criteria = Criteria.builder()
                .setTypes(Tensor.class, Tensor.class)
                .optModelPath(file)
                .optEngine("OnnxRuntime")
                .optTranslator(new TensorTranslator())
                .build();
        try {
            return criteria.loadModel();
        } catch (IOException | ModelNotFoundException | MalformedModelException e) {
            throw new OcrException("cannot load the OCR model " + file + ": " + e.getMessage(), e);
        }
    }

    private static Box clip(Box region, BufferedImage image) {
        Box whole = new Box(0, 0, image.getWidth(), image.getHeight());
        if (region == null) {
            return whole;
        }
        int x0 = Math.max(0, region.x());
        int y0 = Math.max(0, region.y());
        int x1 = Math.min(image.getWidth(), region.right());
        int y1 = Math.min(image.getHeight(), region.bottom());
        return x1 - x0 < 8 || y1 - y0 < 8 ? whole : new Box(x0, y0, x1 - x0, y1 - y0);
    }

    /** Regions shrink to {@value #DETECTION_SIDE} on the long side, or grow towards it at most 2 times. */
    static double detectionScale(int longSide) {
        return Math.min(DETECTION_SIDE / (double) longSide, MAX_UPSCALE);
    }

    private static int multipleOf32(double side) {
        return Math.max(32, (int) Math.round(side / 32) * 32);
    }
}
