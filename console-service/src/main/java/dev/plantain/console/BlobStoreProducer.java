package dev.plantain.console;

import dev.plantain.blob.store.BlobStore;
import dev.plantain.blob.store.LocalBlobStore;
import dev.plantain.blob.store.S3BlobStore;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** Builds the blob store the console reads images from, from {@code plantain.blob.*}. */
public class BlobStoreProducer {

    @Produces
    @Singleton
    BlobStore blobStore(ConsoleConfig config) {
        return switch (config.blob().store()) {
            case "local" -> new LocalBlobStore(Path.of(config.blob().dir()));
            case "s3" -> {
                ConsoleConfig.S3 s3 = config.blob().s3();
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
    }
}
