package dev.plantain.remote;

import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.Relation;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.util.List;

/** Small scene plans for the remote engines' tests. */
public final class TestPlans {

    private TestPlans() {}

    /** "two red apples on a plate and a sign saying OPEN" on a canvas of the given size. */
    public static ScenePlan apples(int width, int height) {
        Entity apples = new Entity(
                "e1",
                "apples",
                "apple",
                "red-apple",
                2,
                "red",
                EntitySize.MEDIUM,
                List.of(
                        new Box(width / 8, height / 4, width / 8, height / 6),
                        new Box(width / 4, height / 4, width / 8, height / 6)));
        Entity plate = new Entity(
                "e2",
                "plate",
                "plate",
                "plate",
                1,
                null,
                EntitySize.MEDIUM,
                List.of(new Box(width / 10, height / 2, width / 3, height / 8)));
        return ScenePlan.builder("two red apples on a plate and a sign saying \"OPEN\"", width, height)
                .seed(17)
                .background("white")
                .entities(List.of(apples, plate))
                .relations(List.of(new Relation("e1", RelationKind.ON_TOP_OF, "e2")))
                .texts(List.of(
                        new TextSpec("t1", "OPEN", "sign", new Box(width * 3 / 5, height / 5, width / 4, height / 6))))
                .checks(List.of(
                        new Check("image", CheckKind.IMAGE, null, null, null),
                        new Check("count:e1", CheckKind.COUNT, "e1", null, "2"),
                        new Check("color:e1", CheckKind.COLOR, "e1", null, "red"),
                        new Check("count:e2", CheckKind.COUNT, "e2", null, "1"),
                        new Check("position:e1:on-top-of:e2", CheckKind.POSITION, "e1", "e2", "on-top-of"),
                        new Check("text:t1", CheckKind.TEXT, "t1", null, "OPEN"),
                        new Check("clipping:e1", CheckKind.CLIPPING, "e1", null, null),
                        new Check("contrast:e1", CheckKind.CONTRAST, "e1", null, null),
                        new Check("identity:e1", CheckKind.IDENTITY, "e1", null, null)))
                .style("watercolour")
                .excluded(List.of("dog"))
                .build();
    }
}
