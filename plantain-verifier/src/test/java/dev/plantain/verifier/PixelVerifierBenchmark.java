package dev.plantain.verifier;

import dev.plantain.plan.Box;
import dev.plantain.plan.ScenePlan;
import java.awt.image.BufferedImage;

/** Prints how long verifying a drawn scene takes at 1K and 2K; run by hand, not by the build. */
public final class PixelVerifierBenchmark {

    private PixelVerifierBenchmark() {}

    public static void main(String[] args) {
        PixelVerifier verifier = new PixelVerifier();
        for (int side : new int[] {1024, 2048}) {
            ScenePlan plan = scaled(side);
            BufferedImage image = ScenePainter.paint(plan);
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                verifier.verify(image, plan);
                System.out.printf("%dx%d: %d ms%n", side, side, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private static ScenePlan scaled(int side) {
        double s = side / 1024.0;
        ScenePlan base = Scenes.twoLeftOfOne(new Thing("apple", "red-apple", "red"), new Thing("cat", "cat", null));
        ScenePlan plan = ScenePlan.builder(base.prompt(), side, side)
                .seed(base.seed())
                .background(base.background())
                .entities(base.entities())
                .relations(base.relations())
                .texts(base.texts())
                .unrenderable(base.unrenderable())
                .checks(base.checks())
                .setting(base.setting())
                .style(base.style())
                .notDepicted(base.notDepicted())
                .excluded(base.excluded())
                .choices(base.choices())
                .build();
        return plan.withEntities(plan.entities().stream()
                .map(e -> e.withInstances(e.instances().stream()
                        .map(b -> new Box(
                                (int) (b.x() * s), (int) (b.y() * s), (int) (b.width() * s), (int) (b.height() * s)))
                        .toList()))
                .toList());
    }
}
