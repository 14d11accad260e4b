package dev.pvedash.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text longer than its column is cut to fit; what fits, and null, pass unchanged. */
class TextColumnsTests {

	@Test
	void clipsOnlyWhatIsTooLong() {
		assertThat(TextColumns.clip("abcdef", 4)).isEqualTo("abcd");
		assertThat(TextColumns.clip("abcd", 4)).isEqualTo("abcd");
		assertThat(TextColumns.clip("", 4)).isEmpty();
		assertThat(TextColumns.clip(null, 4)).isNull();
	}

}
