package dev.pvedash.metrics;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One chart answers one question (CPU, memory, network, disk IO, storage use).
 *
 * @param unit how charts.js and the text fallback format values: {@code percent},
 * {@code bytes}, {@code rate}
 * @param fields averaged series, drawn as lines in the accent colours
 * @param labels one legend label per field
 * @param ref a limit drawn as a dashed grey line (memory total, storage size), or null
 * @param summaries min / avg / max per field for the default range, as text for pages
 * without JavaScript
 */
public record Chart(String key, String title, String unit, List<String> fields, List<String> labels,
		@Nullable String ref, @Nullable String refLabel, List<FieldSummary> summaries) {

	public String fieldList() {
		return String.join("|", this.fields);
	}

	public String labelList() {
		return String.join("|", this.labels);
	}

	/**
	 * One field's figures, formatted; {@code min} is null when the range has no value at
	 * all.
	 */
	public record FieldSummary(String label, @Nullable String min, @Nullable String avg, @Nullable String max) {

		public boolean known() {
			return this.min != null;
		}

	}

}
