package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verifier wrapper against RFC 6238 appendix B, and its window and single-use rules.
 */
class TotpCodesTests {

	/** The RFC's SHA-1 seed: the ASCII string "12345678901234567890". */
	static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	final TotpCodes codes = new TotpCodes();

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void rfc6238AppendixBSha1Vectors(long unixSeconds, String expected) {
		long step = TotpCodes.step(Instant.ofEpochSecond(unixSeconds));
		assertThat(new TotpCodes(8).code(RFC_SECRET, step)).isEqualTo(expected);
		// 6 digits are the same number modulo 10^6 (RFC 4226, section 5.3), what the apps
		// show
		assertThat(this.codes.code(RFC_SECRET, step)).isEqualTo(expected.substring(2));
		assertThat(
				this.codes.match(RFC_SECRET, expected.substring(2), Instant.ofEpochSecond(unixSeconds), Long.MIN_VALUE))
			.hasValue(step);
	}

	@ParameterizedTest
	@CsvSource({ "-1, true", "0, true", "1, true", "-2, false", "2, false", "-10, false" })
	void oneStepEitherSideIsAcceptedTwoAreNot(int offset, boolean accepted) {
		Instant now = Instant.parse("2026-12-03T12:00:10Z");
		long step = TotpCodes.step(now) + offset;
		assertThat(this.codes.match(RFC_SECRET, this.codes.code(RFC_SECRET, step), now, Long.MIN_VALUE).isPresent())
			.isEqualTo(accepted);
	}

	@Test
	void aCodeOfTheLastAcceptedStepOrAnEarlierOneIsRefused() {
		Instant now = Instant.parse("2026-12-03T12:00:10Z");
		long current = TotpCodes.step(now);
		String code = this.codes.code(RFC_SECRET, current);
		assertThat(this.codes.match(RFC_SECRET, code, now, current - 1)).hasValue(current);
		assertThat(this.codes.match(RFC_SECRET, code, now, current)).isEmpty();
		assertThat(this.codes.match(RFC_SECRET, this.codes.code(RFC_SECRET, current - 1), now, current)).isEmpty();
		// the next step's code is still good after the current one was used
		assertThat(this.codes.match(RFC_SECRET, this.codes.code(RFC_SECRET, current + 1), now, current))
			.hasValue(current + 1);
	}

	@ParameterizedTest
	@CsvSource(value = { "''", "12345", "1234567", "12a456", "' 12345'", "NULL" }, nullValues = "NULL")
	void malformedInputIsNoCode(String typed) {
		assertThat(this.codes.match(RFC_SECRET, typed, Instant.now(), Long.MIN_VALUE)).isEmpty();
	}

	@Test
	void base32FollowsRfc4648AndRoundTripsASecret() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		assertThat(Base32.encode(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Base32.encode(new byte[TotpCodes.SECRET_BYTES])).hasSize(32);
	}

}
