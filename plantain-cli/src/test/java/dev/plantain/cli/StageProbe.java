package dev.plantain.cli;

import dev.plantain.messages.Stage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;

/** Looks at a running stage from outside: its consumer group's members and what one instance's metrics count. */
public final class StageProbe {

    private StageProbe() {}

    /** The number of partitions assigned to each member of a stage's consumer group ({@code plantain-draft}). */
    public static List<Integer> assignments(String bootstrap, Stage stage) throws InterruptedException {
        String group = "plantain-" + stage.label();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                    .describedGroups()
                    .get(group)
                    .get();
            return description.members().stream()
                    .map(m -> m.assignment().topicPartitions().size())
                    .toList();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe " + group, e);
        }
    }

    /** How many job records one instance of a stage has taken in, from its Prometheus metrics; 0 before the first. */
    public static long jobsIn(int httpPort, Stage stage) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/q/metrics"))
                .build();
        String metrics = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile(
                        "^plantain_stage_jobs_in_total\\{stage=\"" + stage.label() + "\"} ([0-9.E]+)$",
                        Pattern.MULTILINE)
                .matcher(metrics);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }
}
