package dev.plantain.stage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.time.Duration;
import java.util.Map;
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

    /**
     * {@code min.insync.replicas} of topics created at start-up, 1 to the replication factor; absent: the brokers'
     * default. On a cluster with replication 3, 2 lets one broker go while every write still lands on two.
     */
    Optional<Integer> minInsyncReplicas();

    /** Largest image, in pixels, a stage will decode; larger images fail the job instead of exhausting memory. */
    @WithDefault("20971520")
    long maxImagePixels();

    /**
     * Names this instance among its stage's instances; with the application name it is the transactional id of
     * the stage's producer, so it must differ between instances running at once and stay the same across a
     * restart. Default: the HTTP port (unique per instance on one machine); in containers, the host name.
     */
    Optional<String> instance();

    /** Where images are stored. */
    Blob blob();

    /** How much work one instance takes on at once. */
    Work stage();

    /** Retries of a stage's work on one record (a model or the blob store failing for a moment). */
    Retry retry();

    /** Waiting out a dependency that is away (the blob store, a model server) instead of failing the jobs. */
    Outage outage();

    /** Test-only fault injection; every key is off by default and stays off in production. */
    Faults faults();

    /**
     * How a stage rides out a dependency's transient failures: it keeps the record, pauses its input and tries again
     * with capped exponential backoff and jitter (at least the dependency's Retry-After), for at most
     * {@code max-wait} per outage; past it the dependency is held down and the jobs that need it fail at once.
     */
    interface Outage {

        /** Longest a dependency may stay away before the jobs that need it fail; per outage, not per record. */
        @WithDefault("10m")
        Duration maxWait();

        /** First wait before trying again, doubled each try. */
        @WithDefault("500ms")
        Duration initialBackoff();

        /** Longest wait between two tries (a Retry-After may ask for more). */
        @WithDefault("15s")
        Duration maxBackoff();

        /** How often a dependency held down is probed, so its breaker closes while no record comes. */
        @WithDefault("5s")
        Duration probeInterval();

        /** Limits of one dependency: {@code plantain.outage.<dependency>.max-wait} ({@code blob-store}, ...). */
        @WithParentName
        Map<String, DependencyOutage> dependency();
    }

    /** One dependency's own limits. */
    interface DependencyOutage {

        /** Overrides {@code plantain.outage.max-wait} for this dependency. */
        Optional<Duration> maxWait();
    }

    /** Retries of failed work. */
    interface Retry {

        /** Attempts at one record's work before its job fails with an internal error. */
        @WithDefault("3")
        int attempts();

        /** Wait before each retry, doubled each time. */
        @WithDefault("1s")
        Duration backoff();
    }

    /** Faults a test turns on to show that the pipeline survives them. */
    interface Faults {

        /** Test only: the first N attempts of each job's work in this stage fail as a flaky model would. */
        @WithDefault("0")
        int transientFailures();

        /**
         * Test only: model servers on the loopback that each job's work calls first, by dependency name
         * ({@code plantain.faults.model-servers.model-server=http://127.0.0.1:PORT/model-server}); their failures are
         * classified as a remote model engine's are.
         */
        Map<String, String> modelServers();
    }

    /** The work one instance of a stage has in hand. */
    interface Work {

        /**
         * Records one instance works on at once: its device's capacity (1 for a GPU that holds one model run). Each
         * is read by its own consumer of the stage's group (the input channel's {@code concurrency}), so a partition's
         * records stay in order, and their transactions commit one at a time.
         */
        @WithDefault("1")
        int maxInFlight();

        /**
         * Least time between two {@code progress} events of an engine that works in steps ("step 12 of 30" while a
         * diffusion model denoises), so fast steps do not flood the events topic; 0 sends one per step.
         */
        @WithDefault("1s")
        Duration progressInterval();
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
