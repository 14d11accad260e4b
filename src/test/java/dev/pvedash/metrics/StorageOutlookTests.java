package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.metrics.StorageForecast.State;

/**
 * The forecast's words and colour (docs/metrics.md, The forecast on the overview): an
 * error under 7 days, a warning under 30.
 */
class StorageOutlookTests {

	private static final ChartBlock CHART = new ChartBlock("c", "/api/metrics/storages/pve/local", List.of());

	@ParameterizedTest
	@CsvSource(nullValues = "null", textBlock = """
			FILLING,            41.5, metrics.forecast.filling,           42,   ok
			FILLING,            30.0, metrics.forecast.filling,           30,   ok
			FILLING,            29.9, metrics.forecast.filling,           30,   warn
			FILLING,             7.0, metrics.forecast.filling,            7,   warn
			FILLING,             6.9, metrics.forecast.filling,            7,   error
			FILLING,             0.4, metrics.forecast.within-a-day,    null,   error
			FILLING,             0.0, metrics.forecast.full,            null,   error
			FILLING,            null, metrics.forecast.filling-no-size, null,   off
			NOT_FILLING,        null, metrics.forecast.not-filling,     null,   ok
			NOT_ENOUGH_HISTORY, null, metrics.forecast.not-enough-history, null, off
			""")
	void wordsAndLevel(State state, Double days, String message, Long shownDays, String level) {
		StorageOutlook outlook = StorageOutlook.of(CHART, new StorageForecast("pve", "local", state, days));
		assertThat(outlook.message()).isEqualTo(message);
		assertThat(outlook.days()).isEqualTo(shownDays);
		assertThat(outlook.level()).isEqualTo(level);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = "null")
	void noForecastAtAllIsNotEnoughHistory(StorageForecast none) {
		assertThat(StorageOutlook.of(CHART, none).message()).isEqualTo("metrics.forecast.not-enough-history");
		assertThat(StorageOutlook.of(CHART, none).level()).isEqualTo("off");
	}

}
