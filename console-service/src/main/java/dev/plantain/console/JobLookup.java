package dev.plantain.console;

import dev.plantain.kafka.Replays;
import dev.plantain.kafka.jobs.JobTimeline;
import dev.plantain.messages.DraftJob;
import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.Json;
import dev.plantain.messages.Topic;
import dev.plantain.plan.ScenePlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.jboss.logging.Logger;

/**
 * Finds a job for its page: in memory when it is among the newest, else read from the topics by id (its records
 * all sit on one partition per topic). Reads the job's plan from the {@code draft} topic once.
 */
@ApplicationScoped
public class JobLookup {

    private static final Logger LOG = Logger.getLogger(JobLookup.class);

    @Inject
    JobStore store;

    @Inject
    ConsoleConfig config;

    @Inject
    BrokerWatch broker;

    public JobDetail find(String jobId) {
        Optional<JobDetail> held = store.detail(jobId);
        if (held.isPresent()) {
            JobDetail detail = held.get();
            if (detail.plan() == null && detail.request() != null && broker.reachable()) {
                ScenePlan plan = readPlan(jobId);
                if (plan != null) {
                    store.plan(jobId, plan);
                    return store.detail(jobId).orElse(detail);
                }
            }
            return detail;
        }
        return fromTopics(jobId);
    }

    private ScenePlan readPlan(String jobId) {
        try (JobTimeline timeline = new JobTimeline(broker.bootstrap(), config.topicPrefix())) {
            for (ConsumerRecord<String, String> r :
                    timeline.records(List.of(Topic.DRAFT.name(config.topicPrefix())), jobId)) {
                return Json.read(r.value(), DraftJob.class).plan();
            }
        } catch (KafkaException | IllegalArgumentException e) {
            LOG.debugf("job=%s: plan not read: %s", jobId, e);
        }
        return null;
    }

    /** A job older than those in memory: its records read from the topics. */
    private JobDetail fromTopics(String jobId) {
        if (!broker.reachable()) {
            throw new ConsoleException(
                    503,
                    "Broker unreachable",
                    "Job " + jobId + " is not among the newest jobs in memory, and the broker at " + broker.bootstrap()
                            + " cannot be reached to look it up. This page works again when it is back.");
        }
        JobStore one = new JobStore(1);
        String prefix = config.topicPrefix();
        List<String> topics =
                List.of(Topic.REQUESTS.name(prefix), Topic.EVENTS.name(prefix), Topic.RESULTS.name(prefix));
        try (JobTimeline timeline = new JobTimeline(broker.bootstrap(), prefix)) {
            for (ConsumerRecord<String, String> r : timeline.records(topics, jobId)) {
                if (r.topic().equals(topics.get(0))) {
                    one.request(r.key(), r.value(), r.timestamp(), Replays.attempt(r));
                } else if (r.topic().equals(topics.get(1))) {
                    one.event(Json.read(r.value(), JobEvent.class), r.timestamp());
                } else {
                    one.result(Json.read(r.value(), JobResult.class), r.timestamp());
                }
            }
        } catch (KafkaException e) {
            throw new ConsoleException(
                    503, "Broker unreachable", "Job " + jobId + " could not be read: " + e.getMessage());
        }
        Optional<JobDetail> found = one.detail(jobId);
        if (found.isEmpty()) {
            throw new ConsoleException(
                    404,
                    "Unknown job",
                    "No job " + jobId + " on the topics: it was never submitted, or topic retention has removed its "
                            + "records.");
        }
        one.plan(jobId, readPlan(jobId));
        return one.detail(jobId).orElseThrow();
    }
}
