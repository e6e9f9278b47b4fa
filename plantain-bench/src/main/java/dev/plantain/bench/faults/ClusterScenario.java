package dev.plantain.bench.faults;

import dev.plantain.cli.stack.LocalStack;
import dev.plantain.cli.stack.PipelineLog;
import dev.plantain.cli.stack.StackSettings;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The fault scenario of a stack on a cluster of three brokers (topics replicated three times, {@code
 * min.insync.replicas} 2): the active KRaft controller (a broker too, leading its share of the partitions, the
 * transaction log's among them) is killed with SIGKILL while jobs are mid-flow; more jobs are submitted while it is away; then it starts again on its
 * own data. Every job must end in exactly one result, none FAILED. It needs a stack of its own: {@code ./plantain
 * faults} runs it after the one-broker scenarios, {@code ClusterFaultsIT} on its own.
 */
final class ClusterScenario implements AutoCloseable {

    static final int BROKERS = 3;
    static final String BROKER_KILLED = BROKERS + " brokers: one killed (SIGKILL), restarted";
    /** How long the killed broker stays away: past the services' session timeout, so groups move too. */
    static final Duration AWAY = Duration.ofSeconds(15);

    private final LocalStack stack;
    private final JobOutcomes outcomes;
    private final PipelineLog events;
    private final FaultJobs inputs;
    private int killed = -1;
    private int controllerWhileAway = -1;

    ClusterScenario(LocalStack stack) {
        this.stack = stack;
        String bootstrap = stack.settings().bootstrap();
        String prefix = stack.settings().topicPrefix();
        outcomes = new JobOutcomes(bootstrap, prefix);
        events = new PipelineLog(bootstrap, Topic.EVENTS.name(prefix));
        inputs = new FaultJobs(bootstrap, prefix);
    }

    /** A stack like {@code base} on a cluster of {@link #BROKERS}, keeping its state in {@code stateDir}. */
    static StackSettings settings(StackSettings base, Path stateDir) {
        return new StackSettings(
                base.home(),
                stateDir,
                base.kafkaPort(),
                base.controllerPort(),
                base.httpPortBase(),
                base.topicPrefix(),
                base.partitions(),
                base.scale(),
                BROKERS);
    }

    /**
     * Jobs submitted and one of them started at the draft stage; the active controller killed; jobs submitted while it
     * is away; it started again after {@link #AWAY}; then every job's result awaited.
     */
    FaultCount brokerKilled() {
        List<String> jobs = new ArrayList<>(inputs.submit("cluster", 4));
        FaultScenarios.awaitStarted(events, jobs, Stage.DRAFT);
        killed = activeController() - 1;
        stack.killBroker(killed);
        jobs.addAll(inputs.submit("cluster-away", 2));
        long back = System.nanoTime() + AWAY.toNanos();
        while (System.nanoTime() < back) {
            outcomes.poll();
        }
        controllerWhileAway = activeController() - 1;
        stack.startBroker(killed);
        return outcomes.await(BROKER_KILLED, jobs, FaultScenarios.RESULTS_WITHIN);
    }

    /** The broker that was killed (0, 1, 2), or -1 before the scenario ran. */
    int killed() {
        return killed;
    }

    /** The broker that led the controller quorum while the killed one was away. */
    int controllerWhileAway() {
        return controllerWhileAway;
    }

    JobOutcomes outcomes() {
        return outcomes;
    }

    /** The node id (from 1) of the KRaft quorum's leader, the active controller. */
    private int activeController() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.settings().bootstrap(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000))) {
            return admin.describeMetadataQuorum()
                    .quorumInfo()
                    .get(30, TimeUnit.SECONDS)
                    .leaderId();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot find the active controller: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking for the active controller", e);
        }
    }

    @Override
    public void close() {
        inputs.close();
        events.close();
        outcomes.close();
    }
}
