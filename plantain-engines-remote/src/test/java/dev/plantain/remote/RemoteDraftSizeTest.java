package dev.plantain.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.draft.DraftRenderer;
import dev.plantain.plan.ScenePlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The size rule on every remote draft engine: each model draws at its own size nearest the canvas, and the draft
 * comes back at the canvas's shape (cropped, never stretched), marked not deterministic.
 */
class RemoteDraftSizeTest {

    private final FakeModelServer server = new FakeModelServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(GarbageServers.class)
    void aWideCanvasComesBackAtItsOwnSize(GarbageServers kind) {
        DraftRenderer renderer = new RemoteDraftRenderer(kind.engine(server), PromptMode.RAW, new CallBudget(3));
        ScenePlan plan = TestPlans.apples(1024, 576);

        DraftRenderer.Draft draft = renderer.draft(plan);

        assertThat(draft.image().getWidth()).isEqualTo(1024);
        assertThat(draft.image().getHeight()).isEqualTo(576);
        assertThat(draft.drawn()).isEqualTo(plan);
        assertThat(renderer.deterministic()).isFalse();
    }
}
