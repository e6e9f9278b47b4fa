package dev.plantain.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.cli.TestStacks;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.kafka.TopicAdmin;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The pipeline on a cluster of three brokers, each its own process (KRaft, every node broker and controller):
 * Plantain's topics are replicated three times with {@code min.insync.replicas} 2, and when the active controller is
 * killed with SIGKILL mid-flow and started again later, every job, those in flight and those submitted while it was
 * away, ends in exactly one result, SUCCEEDED, with no service restarted: the stages' transactions carry on through
 * the leader elections.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultsIT {

    private static FlakyModelServer models;
    private static LocalStack stack;
    private static ClusterScenario scenario;
    private static Map<String, Long> servicesAtStart;
    private static final List<FaultCount> COUNTS = new ArrayList<>();

    @BeforeAll
    static void startStack() {
        models = FlakyModelServer.start();
        List<String> args = new ArrayList<>(FaultScenarios.serviceArgs(models));
        args.add("-Dplantain.stage.max-in-flight=2");
        stack = LocalStack.start(TestStacks.cluster("faults-cluster", ClusterScenario.BROKERS), System.out, args);
        servicesAtStart = services();
        scenario = new ClusterScenario(stack);
    }

    @AfterAll
    static void stopStack() {
        FaultCount.print(new PrintWriter(System.out), COUNTS);
        if (scenario != null) {
            scenario.close();
        }
        if (stack != null) {
            stack.stop();
        }
        if (models != null) {
            models.close();
        }
    }

    @Test
    @Order(1)
    void everyTopicIsReplicatedThreeTimesAndNeedsTwoInSync() throws Exception {
        List<String> names = TopicAdmin.allNames(stack.settings().topicPrefix());
        try (Admin admin = admin()) {
            Collection<TopicDescription> topics = admin.describeTopics(names)
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .values();
            assertThat(topics).hasSize(names.size());
            assertThat(topics.stream().flatMap(t -> t.partitions().stream()))
                    .allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
            List<ConfigResource> resources = names.stream()
                    .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name))
                    .toList();
            Collection<Config> configs = admin.describeConfigs(resources)
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .values();
            assertThat(configs)
                    .hasSize(names.size())
                    .allSatisfy(c -> assertThat(c.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG)
                                    .value())
                            .isEqualTo("2"));
        }
    }

    @Test
    @Order(2)
    void theActiveControllerKilledMidFlowAndRestartedLosesRepeatsAndFailsNothing() {
        FaultCount count = scenario.brokerKilled();
        COUNTS.add(count);
        assertThat(count.lost()).as("lost").isZero();
        assertThat(count.duplicates()).as("duplicates").isZero();
        assertThat(count.results()).as("results").isEqualTo(count.submitted()).isEqualTo(6);
        for (String job :
                List.of("cluster-0", "cluster-1", "cluster-2", "cluster-3", "cluster-away-0", "cluster-away-1")) {
            List<JobResult> results = scenario.outcomes().results(job);
            assertThat(results).as("results of " + job).hasSize(1);
            assertThat(results.get(0).status())
                    .as(job + ": " + results.get(0).reason())
                    .isEqualTo(JobStatus.SUCCEEDED);
            assertThat(scenario.outcomes().upscales(job))
                    .as("upscale records of " + job)
                    .hasSize(1);
        }
        assertThat(scenario.controllerWhileAway())
                .as("the controller elected while broker " + scenario.killed() + " was away")
                .isBetween(0, ClusterScenario.BROKERS - 1)
                .isNotEqualTo(scenario.killed());
        assertThat(services()).as("the services, none restarted").isEqualTo(servicesAtStart);
        assertThat(servicesAtStart.values())
                .allMatch(
                        pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    @Order(3)
    void theRestartedBrokerCatchesUpAndIsBackInEveryPartitionsInSyncReplicas() {
        assertThat(scenario.killed()).as("the broker killed").isNotNegative();
        int node = scenario.killed() + 1;
        List<String> names = TopicAdmin.allNames(stack.settings().topicPrefix());
        Awaitility.await()
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    try (Admin admin = admin()) {
                        assertThat(
                                        admin
                                                .describeTopics(names)
                                                .allTopicNames()
                                                .get(30, TimeUnit.SECONDS)
                                                .values()
                                                .stream()
                                                .flatMap(t -> t.partitions().stream())
                                                .map(TopicPartitionInfo::isr))
                                .allSatisfy(isr ->
                                        assertThat(isr).extracting(n -> n.id()).contains(node));
                    }
                });
    }

    private static Map<String, Long> services() {
        Map<String, Long> services = new java.util.TreeMap<>(stack.processes());
        services.keySet().removeIf(name -> name.startsWith("kafka"));
        return services;
    }

    private static Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.settings().bootstrap()));
    }
}
