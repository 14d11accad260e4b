package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatesTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(nullValues = "null", textBlock = """
			forward step,               1000,  100, 2000, 110, 100.0
			no traffic,                 1000,  100, 1000, 110, 0.0
			counter went down: restart, 5000,  100, 200,  110, null
			no previous sample,         null,  100, 200,  110, null
			stopped: no counter now,    1000,  100, null, 110, null
			no time passed,             1000,  110, 2000, 110, null
			clock went back,            1000,  120, 2000, 110, null
			longer than the max gap,    1000,  100, 9000, 400, null
			exactly the max gap,        1000,  100, 19000, 280, 100.0
			""")
	void perSecond(String name, Long before, long beforeAt, Long now, long nowAt, Double expected) {
		assertThat(Rates.perSecond(before, beforeAt, now, nowAt, 180)).isEqualTo(expected);
	}

}
