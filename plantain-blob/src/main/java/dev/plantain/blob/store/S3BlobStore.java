package dev.plantain.blob.store;

import dev.plantain.blob.BlobRef;
import dev.plantain.failure.DependencyFailure;
import dev.plantain.failure.HttpFailures;
import java.net.URI;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects in a bucket of any S3-compatible store (MinIO, AWS S3, s3proxy), for stages on many machines. A
 * store that cannot be reached (connection refused, a timeout) or answers 5xx, 429 or 503 SlowDown fails
 * transiently, once the SDK's own few retries are spent; any other refusal (403, a missing bucket) and a missing
 * blob fail permanently.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    /**
     * Where and how to reach the store.
     *
     * @param endpoint the store's URL, or null for AWS's own endpoint
     * @param region the region name
     * @param bucket the bucket, which must exist
     * @param keyPrefix prepended to every object key ("plantain/")
     * @param accessKey access key, or null for the default AWS credential chain
     * @param secretKey secret key, or null for the default AWS credential chain
     */
    public record Settings(
            String endpoint, String region, String bucket, String keyPrefix, String accessKey, String secretKey) {}

    private final S3Client client;
    private final Settings settings;

    public S3BlobStore(Settings settings) {
        this.settings = settings;
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.endpoint() != null)
                // Checksums only where S3 requires them: MinIO and s3proxy lack the SDK's newer default trailers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(
                        settings.accessKey() != null
                                ? StaticCredentialsProvider.create(
                                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
                                : DefaultCredentialsProvider.builder().build());
        if (settings.endpoint() != null) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        this.client = builder.build();
    }

    @Override
    public BlobRef put(byte[] bytes) {
        BlobRef ref = BlobRef.of(bytes);
        if (!exists(ref)) {
            call(
                    "write blob " + ref,
                    () -> client.putObject(
                            b -> b.bucket(settings.bucket()).key(key(ref)).contentType("application/octet-stream"),
                            RequestBody.fromBytes(bytes)));
        }
        return ref;
    }

    @Override
    public byte[] get(BlobRef ref) {
        try {
            return call(
                    "read blob " + ref,
                    () -> client.getObjectAsBytes(
                                    b -> b.bucket(settings.bucket()).key(key(ref)))
                            .asByteArray());
        } catch (DependencyFailure e) {
            if (e.getCause() instanceof NoSuchKeyException) {
                BlobNotFoundException missing = new BlobNotFoundException(ref, describe());
                throw DependencyFailure.permanent(DEPENDENCY, missing.getMessage(), missing);
            }
            throw e;
        }
    }

    @Override
    public boolean exists(BlobRef ref) {
        try {
            call(
                    "look up blob " + ref,
                    () -> client.headObject(b -> b.bucket(settings.bucket()).key(key(ref))));
            return true;
        } catch (DependencyFailure e) {
            if (e.getCause() instanceof S3Exception s3 && s3.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** Runs one call to the store, classifying its failure. */
    private <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (S3Exception e) {
            String code =
                    e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            String retryAfter =
                    e.awsErrorDetails() == null || e.awsErrorDetails().sdkHttpResponse() == null
                            ? null
                            : e.awsErrorDetails()
                                    .sdkHttpResponse()
                                    .firstMatchingHeader("Retry-After")
                                    .orElse(null);
            throw HttpFailures.of(
                    DEPENDENCY, e.statusCode(), retryAfter, "cannot " + what + " in " + describe() + ": " + code, e);
        } catch (SdkClientException e) {
            throw DependencyFailure.transientFailure(
                    DEPENDENCY, "cannot " + what + ": " + describe() + " unreachable: " + e.getMessage(), null, e);
        }
    }

    @Override
    public String describe() {
        return "S3 bucket " + settings.bucket() + (settings.endpoint() != null ? " at " + settings.endpoint() : "");
    }

    private String key(BlobRef ref) {
        return settings.keyPrefix() + ref.sha256();
    }

    @Override
    public void close() {
        client.close();
    }
}
