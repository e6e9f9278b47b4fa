package dev.plantain.stage;

import dev.plantain.blob.store.BlobStore;
import dev.plantain.blob.store.ImageStore;
import dev.plantain.blob.store.LocalBlobStore;
import dev.plantain.blob.store.S3BlobStore;
import dev.plantain.image.ImageCodec;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/** Builds the service's image store from {@code plantain.blob.*}. */
public class ImageStoreProducer {

    private static final Logger LOG = Logger.getLogger(ImageStoreProducer.class);

    @Produces
    @Singleton
    ImageStore imageStore(StageConfig config, Dependencies dependencies) {
        BlobStore blobs = switch (config.blob().store()) {
            case "local" -> new LocalBlobStore(Path.of(config.blob().dir()));
            case "s3" -> {
                StageConfig.S3 s3 = config.blob().s3();
                yield new S3BlobStore(new S3BlobStore.Settings(
                        s3.endpoint().orElse(null),
                        s3.region(),
                        s3.bucket(),
                        s3.keyPrefix(),
                        s3.accessKey().orElse(null),
                        s3.secretKey().orElse(null)));
            }
            default ->
                throw new IllegalStateException(
                        "plantain.blob.store is '" + config.blob().store() + "'; allowed: local, s3");
        };
        dependencies.probeWith(BlobStore.DEPENDENCY, blobs::probe);
        LOG.infof("images in %s, decode limit %d pixels", blobs.describe(), config.maxImagePixels());
        return new ImageStore(blobs, new ImageCodec(config.maxImagePixels()));
    }
}
