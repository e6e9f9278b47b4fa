package dev.plantain.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The console's settings: {@code plantain.*}. */
@ConfigMapping(prefix = "plantain")
public interface ConsoleConfig {

    /** Prefix of every topic name. */
    @WithDefault("plantain.")
    String topicPrefix();

    /** The console itself. */
    Console console();

    /** The blob store the stages write images to. */
    Blob blob();

    /** The console's own knobs. */
    interface Console {

        /** How many of the newest jobs are kept in memory (older ones are read from the topics by id). */
        @WithDefault("1000")
        int maxJobs();

        /**
         * The access token that submit and replay require; needed to listen on any address but the loopback. Absent:
         * the console listens on localhost only and asks for no token.
         */
        Optional<String> token();

        /** How often the broker is asked whether it is there, for the pages' banner. */
        @WithDefault("2000")
        long brokerCheckIntervalMs();
    }

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

        /** Endpoint URL of an S3-compatible store; absent for AWS itself. */
        Optional<String> endpoint();

        /** Region name. */
        @WithDefault("us-east-1")
        String region();

        /** Bucket holding the blobs. */
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
