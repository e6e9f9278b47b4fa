package dev.plantain.planner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine key picks the planner; an unknown engine stops the service at start-up with the allowed values. */
class PlannerEngineTest {

    private static PlannerConfig config(String engine) {
        return new PlannerConfig() {
            @Override
            public Engine engine() {
                return new Engine.Names().convert(engine);
            }

            @Override
            public Llm llm() {
                return new Llm() {
                    @Override
                    public String baseUrl() {
                        return "http://localhost:8000/v1";
                    }

                    @Override
                    public String model() {
                        return "default";
                    }

                    @Override
                    public Optional<String> apiKey() {
                        return Optional.empty();
                    }

                    @Override
                    public Duration timeout() {
                        return Duration.ofSeconds(20);
                    }
                };
            }
        };
    }

    @ParameterizedTest
    @CsvSource({"rules, RuleBasedPlanner", "llm, LanguageModelPlanner"})
    void theEngineKeyPicksThePlanner(String engine, String type) {
        assertThat(new PlannerEngine().planner(config(engine)).getClass().getSimpleName())
                .isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt", "", "RULES"})
    void anUnknownEngineIsRefused(String engine) {
        assertThatThrownBy(() -> new PlannerConfig.Engine.Names().convert(engine))
                .hasMessageContaining("plantain.planner.engine is '" + engine + "'; allowed: rules, llm, instant");
    }
}
