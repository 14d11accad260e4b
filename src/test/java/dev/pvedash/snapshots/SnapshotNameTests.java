package dev.pvedash.snapshots;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotNameTests {

	@ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			weekly-2026-11-29                        | OK
			a                                        | OK
			auto_weekly_1                            | OK
			autoweekly261129030000                   | OK
			Before-Upgrade                           | OK
			abcdefghijabcdefghijabcdefghijabcdefghij | OK
			abcdefghijabcdefghijabcdefghijabcdefghijk| snapshots.name.too-long
			NULL                                     | snapshots.name.empty
			''                                       | snapshots.name.empty
			1st                                      | snapshots.name.first-letter
			_hidden                                  | snapshots.name.first-letter
			-flag                                    | snapshots.name.first-letter
			éte                                      | snapshots.name.first-letter
			with space                               | snapshots.name.characters
			dot.name                                 | snapshots.name.characters
			semi;colon                               | snapshots.name.characters
			<script>                                 | snapshots.name.first-letter
			a<b>                                     | snapshots.name.characters
			naïve                                    | snapshots.name.characters
			current                                  | snapshots.name.reserved
			""")
	void checksNamesAsPveDoes(String name, String expected) {
		assertThat(SnapshotName.problem(name).orElse("OK")).isEqualTo(expected);
	}

}
