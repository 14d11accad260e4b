package dev.pvedash.users;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * RFC 6238 codes as authenticator apps make them by default (HMAC-SHA1, 30 s steps, 6
 * digits; the Key Uri Format's defaults), computed by java-otp. A code is accepted for
 * the current step and one step either side (clock drift), and only for a step later than
 * the last one accepted, so a code works once.
 */
final class TotpCodes {

	static final Duration STEP = Duration.ofSeconds(30);

	static final int DIGITS = 6;

	static final String ALGORITHM = "HmacSHA1";

	/**
	 * RFC 4226 §4 asks for at least 128 bits and recommends 160: the length of an
	 * HMAC-SHA1 output.
	 */
	static final int SECRET_BYTES = 20;

	private final TimeBasedOneTimePasswordGenerator generator;

	TotpCodes() {
		this(DIGITS);
	}

	/** Other lengths only for the RFC's own test vectors, which have 8 digits. */
	TotpCodes(int digits) {
		this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, ALGORITHM);
	}

	static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
	}

	String code(byte[] secret, long step) {
		try {
			return this.generator.generateOneTimePasswordString(new SecretKeySpec(secret, ALGORITHM),
					Instant.ofEpochSecond(step * STEP.toSeconds()));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("TOTP secret unusable", ex);
		}
	}

	/**
	 * The step {@code code} belongs to, if it is one of now-1, now, now+1 and later than
	 * {@code lastAccepted}; each candidate is compared in constant time.
	 */
	OptionalLong match(byte[] secret, String code, Instant now, long lastAccepted) {
		if (code == null || code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		long current = step(now);
		long found = -1;
		for (long candidate = current - 1; candidate <= current + 1; candidate++) {
			boolean equal = MessageDigest.isEqual(code(secret, candidate).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII));
			if (equal && candidate > lastAccepted && found < 0) {
				found = candidate;
			}
		}
		return (found < 0) ? OptionalLong.empty() : OptionalLong.of(found);
	}

}
