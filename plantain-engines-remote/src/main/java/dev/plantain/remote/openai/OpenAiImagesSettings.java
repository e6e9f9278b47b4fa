package dev.plantain.remote.openai;

import dev.plantain.remote.MaskConvention;
import dev.plantain.remote.PixelSize;
import java.util.List;
import java.util.Objects;

/**
 * How to speak to one server of the OpenAI Images API family.
 *
 * @param sizes the sizes the model draws ({@code 1024x1024, 1536x1024, 1024x1536} for GPT image models)
 * @param outputFormat sent as {@code output_format} ({@code png}); blank leaves the field out for servers that
 *     refuse it
 * @param editPath {@code /images/edits} (OpenAI, sd-server), or {@code /images/inpainting} (LocalAI)
 * @param imageField the multipart name of the image: {@code image} (OpenAI, LocalAI) or {@code image[]} (sd-server)
 * @param mask which mask pixels mark the area to edit
 */
public record OpenAiImagesSettings(
        List<PixelSize> sizes, String outputFormat, String editPath, String imageField, MaskConvention mask) {

    public static final List<PixelSize> GPT_IMAGE_SIZES =
            List.of(new PixelSize(1024, 1024), new PixelSize(1536, 1024), new PixelSize(1024, 1536));

    public OpenAiImagesSettings {
        sizes = sizes == null || sizes.isEmpty() ? GPT_IMAGE_SIZES : List.copyOf(sizes);
        outputFormat = outputFormat == null ? "" : outputFormat.strip();
        editPath = editPath == null || editPath.isBlank() ? "/images/edits" : editPath;
        imageField = imageField == null || imageField.isBlank() ? "image" : imageField;
        Objects.requireNonNull(mask, "mask");
    }

    /** OpenAI's own API: GPT image sizes, PNG answers, {@code /images/edits} with a transparent-area mask. */
    public static OpenAiImagesSettings openAi() {
        return new OpenAiImagesSettings(GPT_IMAGE_SIZES, "png", "/images/edits", "image", MaskConvention.ALPHA_ZERO);
    }
}
