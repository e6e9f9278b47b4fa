package dev.plantain.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.Box;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The verifier's own geometry for "on", "in" and "under", on the boxes of found pixels. */
class SupportTest {

    private static final Box TABLE = new Box(100, 300, 300, 200);

    @ParameterizedTest(name = "a cup at {0},{1} ({2}x{3}) on the table: {4}")
    @CsvSource({
        "200, 200, 60, 100, true", // foot exactly on the top edge
        "200, 215, 60, 100, true", // sunk into the top part (standing on the table top)
        "200, 180, 60, 100, true", // 20 px over, within contact (0.12 of 200)
        "200, 150, 60, 100, false", // floats 50 px above
        "200, 420, 60, 100, false", // inside the table's lower half, not on its top
        "20, 200, 60, 100, false", // beside it, not over it
        "200, 380, 60, 30, false", // below its top: sunk deeper than its top part
    })
    void onIsSupport(int x, int y, int w, int h, boolean holds) {
        assertThat(Support.judge(new Box(x, y, w, h), TABLE).holds()).isEqualTo(holds);
    }

    @ParameterizedTest
    @CsvSource({"150, 350, 50, 50, true", "380, 350, 50, 50, false", "150, 100, 50, 50, false"})
    void inIsContainment(int x, int y, int w, int h, boolean holds) {
        assertThat(Support.containment(new Box(x, y, w, h), TABLE).holds()).isEqualTo(holds);
    }

    @ParameterizedTest
    @CsvSource({"150, 450, 50, 100, true", "450, 450, 50, 100, false", "150, 100, 50, 100, false"})
    void underIsBelowAndAcross(int x, int y, int w, int h, boolean holds) {
        assertThat(Support.under(new Box(x, y, w, h), TABLE).holds()).isEqualTo(holds);
    }
}
