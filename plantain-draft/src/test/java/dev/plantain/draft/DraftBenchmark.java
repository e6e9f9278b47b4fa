package dev.plantain.draft;

import dev.plantain.art.ArtLibrary;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.util.ArrayList;
import java.util.List;

/** Prints how long the composing renderer takes for a 2048x2048 draft of ten instances, cold and warm. */
public final class DraftBenchmark {

    private DraftBenchmark() {}

    public static void main(String[] args) {
        ArtLibrary library = ArtLibrary.fluentFlat();
        String[][] kinds = {
            {"red-apple", "blue"},
            {"cat", "green"},
            {"banana", "purple"},
            {"teddy-bear", "pink"},
            {"automobile", "white"},
            {"dog", null},
            {"tulip", "black"},
            {"red-apple", "red"},
            {"cat", null},
            {"banana", "orange"}
        };
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            Box box = new Box(80 + (i % 4) * 480, 120 + (i / 4) * 600, 380, 380);
            entities.add(new Entity(
                    "e" + (i + 1),
                    kinds[i][0],
                    kinds[i][0],
                    kinds[i][0],
                    1,
                    kinds[i][1],
                    EntitySize.MEDIUM,
                    List.of(box)));
        }
        List<TextSpec> texts = List.of(new TextSpec("t1", "OPEN LATE", "sign", new Box(700, 1750, 640, 200)));
        for (int run = 0; run < 6; run++) {
            ComposingRenderer renderer = new ComposingRenderer(library);
            ScenePlan plan = ScenePlan.builder("benchmark", 2048, 2048)
                    .seed(run)
                    .background("sky-blue")
                    .entities(entities)
                    .texts(texts)
                    .build();
            long start = System.nanoTime();
            renderer.draft(plan);
            long cold = System.nanoTime();
            renderer.draft(plan);
            long warm = System.nanoTime();
            System.out.printf(
                    "run %d: 2048x2048, 10 instances: %.0f ms with an empty art cache, %.0f ms warm%n",
                    run, (cold - start) / 1e6, (warm - cold) / 1e6);
        }
    }
}
