package dev.tradescope.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class ConfigValuesPropertyTest {

    @Property
    void durations_roundTripThroughTheirPrintedForm(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long millis) {
        Duration d = Duration.ofMillis(millis);

        assertThat(ConfigValues.parseDuration(ConfigValues.formatDuration(d))).hasValue(d);
    }

    @Property
    void sizes_roundTripThroughTheirPrintedForm(@ForAll @LongRange(min = 1, max = 1L << 50) long bytes) {
        assertThat(ConfigValues.parseSize(ConfigValues.formatSize(bytes))).hasValue(bytes);
    }
}
