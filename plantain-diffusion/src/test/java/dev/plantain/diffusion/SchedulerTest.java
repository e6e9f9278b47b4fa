package dev.plantain.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchedulerTest {

    private static final Scheduler.Noise ZEROS = () -> new float[1];

    private static SchedulerConfig sd(String className, String spacing, int offset) {
        return SchedulerConfig.stableDiffusion(className, spacing, offset);
    }

    @Test
    void scaledLinearAlphaBarsMatchTheHandComputedTable() {
        NoiseSchedule schedule = NoiseSchedule.of(sd("DDIMScheduler", "leading", 1));
        double root0 = Math.sqrt(0.00085);
        double root1 = root0 + (Math.sqrt(0.012) - root0) / 999;

        assertThat(schedule.alphaBar(0)).isCloseTo(0.99915, within(1e-12));
        assertThat(schedule.alphaBar(1)).isCloseTo(0.99915 * (1 - root1 * root1), within(1e-12));
        assertThat(schedule.beta(999)).isCloseTo(0.012, within(1e-12));
        // Stable Diffusion's published sigma range: 0.0292 to 14.6146.
        assertThat(schedule.sigma(0)).isCloseTo(0.029168, within(1e-6));
        assertThat(schedule.sigma(999)).isCloseTo(14.6146, within(1e-4));
    }

    @Test
    void linearBetasAreEvenlySpaced() {
        SchedulerConfig linear = new SchedulerConfig(
                "DDIMScheduler", 3, 0.1, 0.3, "linear", "epsilon", "leading", 0, true, false, 1, 50, 10);
        NoiseSchedule schedule = NoiseSchedule.of(linear);

        assertThat(schedule.beta(1)).isCloseTo(0.2, within(1e-12));
        assertThat(schedule.alphaBar(2)).isCloseTo(0.9 * 0.8 * 0.7, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({
        "linspace, 4, 0, '999,666,333,0'",
        "leading, 4, 1, '751,501,251,1'",
        "trailing, 4, 0, '999,749,499,249'",
        "trailing, 1, 0, '999'",
        "trailing, 3, 0, '999,666,332'"
    })
    void spacesTimestepsAsDiffusersDoes(String spacing, int steps, int offset, String expected) {
        double[] t = Timesteps.of(sd("DDIMScheduler", spacing, offset), steps, true);

        assertThat(t).containsExactly(parse(expected));
    }

    @Test
    void ddimLeadingFiftyStepsRunsFrom981DownTo1() {
        double[] t =
                Scheduler.create("ddim", sd("DDIMScheduler", "leading", 1), 50).timesteps();

        assertThat(t).hasSize(50);
        assertThat(t[0]).isEqualTo(981);
        assertThat(t[1]).isEqualTo(961);
        assertThat(t[49]).isEqualTo(1);
    }

    @Test
    void lcmFourStepsVisitsTheDistilledTimesteps() {
        assertThat(Scheduler.create("lcm", sd("LCMScheduler", "leading", 1), 4).timesteps())
                .containsExactly(999, 759, 499, 259);
    }

    @Test
    void eulerStepsAlongTheNoiseDerivative() {
        SchedulerConfig config = sd("EulerDiscreteScheduler", "linspace", 1);
        NoiseSchedule schedule = NoiseSchedule.of(config);
        Scheduler euler = Scheduler.create("euler", config, 4);
        double s0 = schedule.sigma(999);
        double s1 = schedule.sigma(666);

        float[] next = euler.step(new float[] {0.25f}, 0, new float[] {3f}, ZEROS);

        assertThat(euler.initNoiseSigma()).isCloseTo(s0, within(1e-9));
        assertThat(euler.inputScale(0)).isCloseTo(1 / Math.sqrt(s0 * s0 + 1), within(1e-9));
        assertThat(next[0]).isCloseTo((float) (3 + 0.25 * (s1 - s0)), within(1e-4f));
    }

    @Test
    void eulerAncestralStepsDownToSigmaSquaredOverSigmaThenAddsNoiseBackUp() {
        SchedulerConfig config = sd("EulerAncestralDiscreteScheduler", "linspace", 1);
        NoiseSchedule schedule = NoiseSchedule.of(config);
        Scheduler ancestral = Scheduler.create("euler-ancestral", config, 4);
        double s0 = schedule.sigma(999);
        double s1 = schedule.sigma(666);

        float[] quiet = ancestral.step(new float[] {0.25f}, 0, new float[] {3f}, ZEROS);
        float[] noisy = ancestral.step(new float[] {0.25f}, 0, new float[] {3f}, () -> new float[] {1f});

        assertThat(quiet[0]).isCloseTo((float) (3 + 0.25 * (s1 * s1 / s0 - s0)), within(1e-4f));
        assertThat(noisy[0] - quiet[0]).isCloseTo((float) (s1 * Math.sqrt(s0 * s0 - s1 * s1) / s0), within(1e-4f));
    }

    @Test
    void eulerAncestralsLastStepLandsOnThePredictedCleanSample() {
        SchedulerConfig config = sd("EulerAncestralDiscreteScheduler", "linspace", 1);
        Scheduler ancestral = Scheduler.create("euler-ancestral", config, 4);
        double s3 = NoiseSchedule.of(config).sigma(0);

        float[] last = ancestral.step(new float[] {0.5f}, 3, new float[] {1f}, () -> new float[] {100f});

        assertThat(last[0]).isCloseTo((float) (1 - s3 * 0.5), within(1e-6f));
    }

    @Test
    void ddimMovesThePredictedCleanSampleToTheNextAlphaBar() {
        SchedulerConfig config = sd("DDIMScheduler", "leading", 1);
        NoiseSchedule schedule = NoiseSchedule.of(config);
        Scheduler ddim = Scheduler.create("ddim", config, 50);
        double a = schedule.alphaBar(981);
        double next = schedule.alphaBar(961);

        float[] noiseless = ddim.step(new float[] {0f}, 0, new float[] {2f}, ZEROS);
        float[] withNoise = ddim.step(new float[] {1f}, 0, new float[] {2f}, ZEROS);

        assertThat(noiseless[0]).isCloseTo((float) (2 * Math.sqrt(next / a)), within(1e-5f));
        double x0 = (2 - Math.sqrt(1 - a)) / Math.sqrt(a);
        assertThat(withNoise[0]).isCloseTo((float) (Math.sqrt(next) * x0 + Math.sqrt(1 - next)), within(1e-4f));
        // The last step (timestep 1) lands on alpha-bar(0), since set_alpha_to_one is false.
        float[] last = ddim.step(new float[] {0f}, 49, new float[] {2f}, ZEROS);
        assertThat(last[0])
                .isCloseTo((float) (2 * Math.sqrt(schedule.alphaBar(0) / schedule.alphaBar(1))), within(1e-5f));
    }

    @Test
    void lcmOneStepGivesTheBoundaryConditionedCleanSample() {
        SchedulerConfig config = sd("LCMScheduler", "leading", 1);
        double a = NoiseSchedule.of(config).alphaBar(999);
        Scheduler lcm = Scheduler.create("lcm", config, 1);
        double scaled = 999 * 10.0;
        double skip = 0.25 / (scaled * scaled + 0.25);
        double out = scaled / Math.sqrt(scaled * scaled + 0.25);

        float[] result = lcm.step(new float[] {0.5f}, 0, new float[] {1f}, () -> new float[] {100f});

        double x0 = (1 - Math.sqrt(1 - a) * 0.5) / Math.sqrt(a);
        assertThat(result[0]).isCloseTo((float) (out * x0 + skip), within(1e-3f));
    }

    @Test
    void autoPicksTheSchedulerTheConfigNames() {
        assertThat(Scheduler.fromClass("EulerDiscreteScheduler")).isEqualTo("euler");
        assertThat(Scheduler.fromClass("EulerAncestralDiscreteScheduler")).isEqualTo("euler-ancestral");
        assertThat(Scheduler.fromClass("DDIMScheduler")).isEqualTo("ddim");
        assertThat(Scheduler.fromClass("LCMScheduler")).isEqualTo("lcm");
        assertThat(Scheduler.fromClass("PNDMScheduler")).isEqualTo("euler-ancestral");
    }

    @Test
    void guidanceMovesAwayFromTheUnconditionedPrediction() {
        float[] batch = {1f, 2f, 3f, 5f};

        assertThat(Latents.guide(batch, 7.5)).containsExactly(1 + 7.5f * 2, 2 + 7.5f * 3);
    }

    private static double[] parse(String csv) {
        return java.util.Arrays.stream(csv.split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }
}
