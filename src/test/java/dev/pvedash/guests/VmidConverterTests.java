package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;

import dev.pvedash.system.UserFacingException;

/**
 * A {@code {vmid}} path segment becomes a {@link Vmid} only in PVE's range, written as
 * plain digits.
 */
class VmidConverterTests {

	private final VmidConverter converter = new VmidConverter();

	@ParameterizedTest
	@CsvSource({ "100, 100", "101, 101", "9000, 9000", "999999999, 999999999" })
	void acceptsPveRange(String text, int value) {
		Vmid vmid = this.converter.convert(text);
		assertThat(vmid.value()).isEqualTo(value);
		assertThat(vmid).hasToString(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "0", "99", "1000000000", "9999999999", "0101", "00100", "-101", "+101", " 101", "101 ",
			"1e3", "0x65", "101.0", "1_000", "abc", "١٠١", "101/..", "%31%30%31" })
	void refusesEverythingElseWithOneMessage(String text) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.converter.convert(text))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(ex.messageKey()).isEqualTo("guests.action.bad-vmid");
			});
	}

}
