package dev.plantain.console;

import dev.plantain.kafka.jobs.JobReplay;
import dev.plantain.kafka.jobs.KafkaClients;
import dev.plantain.messages.Acceptance;
import dev.plantain.messages.AspectRatio;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.Json;
import dev.plantain.messages.Resolution;
import dev.plantain.messages.Stage;
import dev.plantain.messages.Topic;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * The forms that act: submit a job, replay a job at a stage. Both need the CSRF token, and the access token if one is
 * set; each returns where to send the browser next.
 */
@ApplicationScoped
public class ConsoleActions {

    private static final Logger LOG = Logger.getLogger(ConsoleActions.class);

    @Inject
    AccessGuard guard;

    @Inject
    BrokerWatch broker;

    @Inject
    JobStore store;

    @Inject
    ConsoleConfig config;

    private KafkaProducer<String, String> producer;

    /** Submits the form's job; returns the job's page. */
    public String submit(Map<String, String> form) {
        guard.requireAllowed(form.get("csrf"), form.get("token"));
        JobRequest request = request(
                form.get("prompt"),
                form.get("resolution"),
                form.get("aspectRatio"),
                form.get("seed"),
                form.get("maxRefineRounds"),
                form.get("acceptance"));
        requireBroker();
        send(request);
        LOG.infof("job=%s submitted from the console", request.jobId());
        return "/jobs/" + request.jobId();
    }

    /** Replays the job at the form's stage (and round); returns the job's page, which names the replay. */
    public String replay(String id, Map<String, String> form) {
        guard.requireAllowed(form.get("csrf"), form.get("token"));
        String stage = form.get("stage");
        String round = form.get("round");
        String jobId = ConsolePages.validJobId(id);
        Stage s = Arrays.stream(Stage.values())
                .filter(v -> v.label().equals(stage))
                .findFirst()
                .orElseThrow(() -> new ConsoleException(
                        400, "Unknown stage", "Replay at one of planner, draft, verifier, refiner, upscaler."));
        Integer r = round == null || round.isBlank() ? null : number("round", round, 0, 64);
        requireBroker();
        Optional<JobReplay.Sent> sent;
        try {
            sent = new JobReplay(broker.bootstrap(), config.topicPrefix()).replay(jobId, s, r);
        } catch (ExecutionException e) {
            throw new ConsoleException(503, "Replay not sent", "The broker did not take the replay: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsoleException(503, "Replay not sent", "Interrupted while sending the replay.");
        }
        if (sent.isEmpty()) {
            throw new ConsoleException(
                    404,
                    "Nothing to replay",
                    "Job " + jobId + " has no record on " + s.input().name(config.topicPrefix())
                            + (r == null ? "" : " for round " + r) + ".");
        }
        store.replaySent(jobId, sent.get().attempt(), s.label(), System.currentTimeMillis());
        LOG.infof(
                "job=%s replayed at %s as attempt %s",
                jobId, s.label(), sent.get().attempt());
        return "/jobs/" + jobId + "?replayed=" + URLEncoder.encode(sent.get().attempt(), StandardCharsets.UTF_8);
    }

    private static JobRequest request(
            String prompt, String resolution, String aspectRatio, String seed, String rounds, String acceptance) {
        try {
            return new JobRequest(
                    "console-" + UUID.randomUUID().toString().substring(0, 13),
                    prompt,
                    blank(resolution) ? null : Resolution.fromLabel(resolution),
                    blank(aspectRatio) ? null : AspectRatio.parse(aspectRatio),
                    blank(seed) ? null : (long) number("seed", seed, 0, Integer.MAX_VALUE),
                    blank(rounds) ? JobRequest.DEFAULT_REFINE_ROUNDS : number("maxRefineRounds", rounds, 0, 8),
                    blank(acceptance) ? null : Acceptance.fromLabel(acceptance),
                    Map.of("submitted-by", "console"));
        } catch (IllegalArgumentException e) {
            // InvalidRequestException names the field and what it allows; the enum and ratio parsers do too.
            throw new ConsoleException(400, "Job not submitted", e.getMessage());
        }
    }

    private static int number(String field, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Said below, with the allowed range.
        }
        throw new ConsoleException(
                400, "Bad " + field, field + " is '" + abbreviate(text) + "'; allowed: " + min + " to " + max + ".");
    }

    private void requireBroker() {
        if (!broker.reachable()) {
            throw new ConsoleException(
                    503,
                    "Broker unreachable",
                    "The broker at " + broker.bootstrap() + " cannot be reached, so nothing was sent. Try again when "
                            + "the banner is gone.");
        }
    }

    private synchronized void send(JobRequest request) {
        if (producer == null) {
            producer = KafkaClients.producer(broker.bootstrap());
        }
        try {
            producer.send(new ProducerRecord<>(
                            Topic.REQUESTS.name(config.topicPrefix()), request.jobId(), Json.write(request)))
                    .get(15, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new ConsoleException(503, "Job not submitted", "The broker did not take the request: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsoleException(503, "Job not submitted", "Interrupted while submitting.");
        }
    }

    void close(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(3));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
