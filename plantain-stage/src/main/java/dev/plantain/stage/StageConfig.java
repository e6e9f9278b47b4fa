package dev.plantain.stage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The {@code plantain.*} keys every stage service reads. */
@ConfigMapping(prefix = "plantain")
public interface StageConfig {

    /** Prefix of every topic name, so several pipelines can share a cluster. */
    @WithDefault("plantain.")
    String topicPrefix();

    /** Create missing topics (and dead-letter topics) at start-up. */
    @WithDefault("true")
    boolean createTopics();

    /** Partitions of each topic created at start-up: the most instances of one stage that can share the work. */
    @WithDefault("3")
    int partitions();

    /** Replication factor of topics created at start-up. */
    @WithDefault("1")
    short replicationFactor();

    /** Largest image, in pixels, a stage will decode; larger images fail the job instead of exhausting memory. */
    @WithDefault("20971520")
    long maxImagePixels();

    /** Where images are stored. */
    Blob blob();

    /** The blob store. */
    interface Blob {

        /** {@code local} (a directory shared by the services on one machine) or {@code s3}. */
        @WithDefault("local")
        String store();

        /** Directory of the local store. */
        @WithDefault("${user.home}/.plantain/blobs")
        String dir();

        /** S3 settings, used when {@code store=s3}. */
        S3 s3();
    }

    /** An S3-compatible store. */
    interface S3 {

        /** Endpoint URL of an S3-compatible store (MinIO); absent for AWS itself. */
        Optional<String> endpoint();

        /** Region name. */
        @WithDefault("us-east-1")
        String region();

        /** Bucket holding the blobs; it must exist. */
        @WithDefault("plantain")
        String bucket();

        /** Prefix of every object key. */
        @WithDefault("blobs/")
        String keyPrefix();

        /** Access key; absent to use the default AWS credential chain. */
        Optional<String> accessKey();

        /** Secret key; absent to use the default AWS credential chain. */
        Optional<String> secretKey();
    }
}
