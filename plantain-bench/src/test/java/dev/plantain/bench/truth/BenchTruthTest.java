package dev.plantain.bench.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-truth's labels file, its sample and its figures. */
class BenchTruthTest {

    @Test
    void labelsRoundTripAndRefuseAnUnknownLabel(@TempDir Path dir) throws Exception {
        List<TruthLabels.Label> labels = List.of(
                new TruthLabels.Label("parti", "Animals", "a dog on a sofa", 1, "1K", "ab12", "weak", "the dog floats"),
                new TruthLabels.Label("geneval", "GenEval", "a photo of a cat", 1, "1K", "cd34", "", ""));
        Path file = dir.resolve("labels.tsv");
        TruthLabels.write(file, labels);
        assertThat(TruthLabels.read(file)).isEqualTo(labels);
        assertThatThrownBy(() -> new TruthLabels.Label("p", "c", "x", 1, "1K", "d", "good", ""))
                .hasMessageContaining("accept, weak or reject");
    }

    @Test
    void whereTheVerdictAndPeopleDisagreeTheTableSaysWhy() {
        TruthTable table = new TruthTable();
        table.add(
                new TruthLabels.Label("parti", "Animals", "a dog on a sofa", 1, "1K", "ab", "weak", "the dog floats"),
                true,
                "12/12 checks passed");
        table.add(
                new TruthLabels.Label("parti", "Vehicles", "a small airplane", 1, "1K", "cd", "accept", "a plane"),
                false,
                "not judged: the airplane small");
        table.add(new TruthLabels.Label("parti", "Animals", "a cat", 1, "1K", "ef", "accept", "a cat"), true, "");
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text, true));
        assertThat(text.toString())
                .contains("Verified, but people did not accept (1):")
                .contains("\"a dog on a sofa\" (Animals): weak, the dog floats")
                .contains("Accepted by people, not verified (1):")
                .contains("\"a small airplane\" (Vehicles): not judged: the airplane small")
                .doesNotContain("\"a cat\"");
    }

    @Test
    void precisionIsTheShareOfVerifiedImagesAcceptedAndRecallTheShareOfAcceptedImagesVerified() {
        TruthTable table = new TruthTable();
        table.add("Animals", true, true);
        table.add("Animals", false, true);
        table.add("Animals", true, false);
        table.add("GenEval", true, true);
        table.stale("a cat", "aa", "bb");
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text, true));
        assertThat(text.toString())
                .contains("| Animals | 3 | 2 | 2 | 50.0% (1/2) | 50.0% (1/2) |")
                .contains("| **all** | 4 | 3 | 3 | 66.7% (2/3) | 66.7% (2/3) |")
                .contains("stale: \"a cat\": labelled image aa, now bb");
    }

    @Test
    void theSampleIsStratifiedOverPartiCategoriesWithGenEvalAndCompBenchExtras() throws Exception {
        List<TruthSample.Prompt> sample = TruthSample.select(Path.of("..", "benchmarks"), 10, 15);
        assertThat(sample.stream()
                        .filter(p -> p.source().equals("parti"))
                        .map(TruthSample.Prompt::category)
                        .distinct())
                .hasSize(12);
        assertThat(sample).filteredOn(p -> p.source().equals("parti")).hasSize(120);
        assertThat(sample).filteredOn(p -> p.source().equals("geneval")).hasSize(15);
        assertThat(sample).filteredOn(p -> p.source().equals("t2i-compbench")).hasSize(15);
    }
}
