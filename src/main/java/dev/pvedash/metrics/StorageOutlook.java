package dev.pvedash.metrics;

import org.jspecify.annotations.Nullable;

/**
 * A storage on the overview: its chart and when it fills up. The level follows the
 * colours of docs/ui.md: an error under 7 days, a warning under 30, fine otherwise, grey
 * without enough history.
 *
 * @param message key of the sentence, {@code metrics.forecast.*}
 * @param days whole days until full, for {@code metrics.forecast.filling}; null otherwise
 * @param level badge level: {@code ok}, {@code warn}, {@code error} or {@code off}
 */
public record StorageOutlook(ChartBlock chart, String message, @Nullable Long days, String level) {

	static final double ERROR_DAYS = 7;

	static final double WARN_DAYS = 30;

	static StorageOutlook of(ChartBlock chart, @Nullable StorageForecast forecast) {
		if (forecast == null || forecast.state() == StorageForecast.State.NOT_ENOUGH_HISTORY) {
			return new StorageOutlook(chart, "metrics.forecast.not-enough-history", null, "off");
		}
		Double days = forecast.fullInDays();
		if (forecast.state() == StorageForecast.State.NOT_FILLING) {
			return new StorageOutlook(chart, "metrics.forecast.not-filling", null, "ok");
		}
		if (days == null) { // growing, but PVE reports no size: no date can be claimed,
							// nor that all is well
			return new StorageOutlook(chart, "metrics.forecast.filling-no-size", null, "off");
		}
		String level = (days < ERROR_DAYS) ? "error" : (days < WARN_DAYS) ? "warn" : "ok";
		if (days < 1) {
			return new StorageOutlook(chart, (days <= 0) ? "metrics.forecast.full" : "metrics.forecast.within-a-day",
					null, level);
		}
		return new StorageOutlook(chart, "metrics.forecast.filling", Math.round(days), level);
	}

}
