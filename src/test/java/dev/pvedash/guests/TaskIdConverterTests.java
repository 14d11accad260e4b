package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;

import dev.pvedash.system.UserFacingException;

/** A {@code /tasks/{id}} segment is digits that fit a {@code long}, else one 400. */
class TaskIdConverterTests {

	private final TaskIdConverter converter = new TaskIdConverter();

	@ParameterizedTest
	@CsvSource({ "1, 1", "42, 42", "999999999999999999, 999999999999999999" })
	void acceptsDigits(String text, long value) {
		assertThat(this.converter.convert(text).value()).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "-1", "+1", " 1", "1e3", "0x10", "1000000000000000000" })
	void refusesEverythingElse(String text) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.converter.convert(text))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(ex.messageKey()).isEqualTo("guests.action.bad-task");
			});
	}

}
