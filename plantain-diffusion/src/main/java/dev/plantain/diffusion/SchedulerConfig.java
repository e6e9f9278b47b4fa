package dev.plantain.diffusion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An export's {@code scheduler/scheduler_config.json}: the training noise schedule and how inference spaces its
 * steps. Absent keys take diffusers' defaults for the named scheduler class.
 *
 * @param className the diffusers class the export was saved with ({@code EulerDiscreteScheduler}, ...)
 * @param trainSteps {@code num_train_timesteps}
 * @param betaStart {@code beta_start}
 * @param betaEnd {@code beta_end}
 * @param betaSchedule {@code linear}, {@code scaled_linear} or {@code squaredcos_cap_v2}
 * @param prediction {@code epsilon} or {@code v_prediction}: what the UNet predicts
 * @param spacing {@code leading}, {@code trailing} or {@code linspace}: how inference timesteps are picked
 * @param stepsOffset {@code steps_offset}, added to leading timesteps
 * @param alphaToOne {@code set_alpha_to_one}: the step after the last is fully clean
 * @param clipSample {@code clip_sample}: clip the predicted clean sample (DDIM)
 * @param clipRange {@code clip_sample_range}
 * @param originalSteps {@code original_inference_steps}: the schedule an LCM model was distilled on
 * @param timestepScaling {@code timestep_scaling}: LCM's boundary-condition scale
 */
public record SchedulerConfig(
        String className,
        int trainSteps,
        double betaStart,
        double betaEnd,
        String betaSchedule,
        String prediction,
        String spacing,
        int stepsOffset,
        boolean alphaToOne,
        boolean clipSample,
        double clipRange,
        int originalSteps,
        double timestepScaling) {

    /** Stable Diffusion 1.5's schedule (scaled linear 0.00085 to 0.012 over 1000 steps) for the named class. */
    public static SchedulerConfig stableDiffusion(String className, String spacing, int stepsOffset) {
        return new SchedulerConfig(
                className,
                1000,
                0.00085,
                0.012,
                "scaled_linear",
                "epsilon",
                spacing,
                stepsOffset,
                false,
                false,
                1,
                50,
                10);
    }

    public static SchedulerConfig read(Path file) {
        try {
            return of(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new DiffusionException("cannot read the scheduler config " + file + ": " + e.getMessage(), e);
        }
    }

    static SchedulerConfig of(JsonNode json) {
        String className = json.path("_class_name").asText("");
        boolean ddim = className.startsWith("DDIM");
        boolean euler = className.startsWith("Euler");
        return new SchedulerConfig(
                className,
                json.path("num_train_timesteps").asInt(1000),
                json.path("beta_start").asDouble(0.0001),
                json.path("beta_end").asDouble(0.02),
                json.path("beta_schedule").asText("linear"),
                json.path("prediction_type").asText("epsilon"),
                json.path("timestep_spacing").asText(euler ? "linspace" : "leading"),
                json.path("steps_offset").asInt(0),
                json.path("set_alpha_to_one").asBoolean(true),
                json.path("clip_sample").asBoolean(ddim),
                json.path("clip_sample_range").asDouble(1.0),
                json.path("original_inference_steps").asInt(50),
                json.path("timestep_scaling").asDouble(10.0));
    }

    /** Whether the UNet predicts velocity rather than noise. */
    public boolean predictsVelocity() {
        return "v_prediction".equals(prediction);
    }
}
