package dev.pvedash.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * PVE-shaped tickets ({@code PVE:user@realm:HEXTIME::signature}) and CSRF tokens
 * ({@code HEXTIME:signature}) valid for two hours (docs/proxmox-notes.md,
 * Authentication). PVE signs tickets with RSA; an HMAC with a key made at start is enough
 * here, since only this simulator checks them. A restart therefore invalidates tickets,
 * as a key rotation would.
 */
final class Tickets {

	static final long LIFETIME = 7_200;

	/**
	 * PVE accepts tickets a little from the future (clock skew between cluster nodes).
	 */
	private static final long SKEW = 300;

	private final byte[] key = new byte[32];

	private final Clock clock;

	Tickets(Clock clock) {
		this.clock = clock;
		new SecureRandom().nextBytes(this.key);
	}

	String ticket(String userid) {
		String plain = "PVE:" + userid + ":" + hexTime();
		return plain + "::" + sign(plain);
	}

	/** The user a valid, unexpired ticket names, or {@code null}. */
	@Nullable String verify(String ticket) {
		int split = ticket.indexOf("::");
		if (!ticket.startsWith("PVE:") || split < 0) {
			return null;
		}
		String plain = ticket.substring(0, split);
		String[] parts = plain.split(":");
		if (parts.length != 3 || !equal(sign(plain), ticket.substring(split + 2)) || !fresh(parts[2])) {
			return null;
		}
		return parts[1];
	}

	String csrf(String userid) {
		String time = hexTime();
		return time + ":" + sign("CSRF:" + time + ":" + userid);
	}

	boolean verifyCsrf(@Nullable String token, String userid) {
		if (token == null || token.indexOf(':') != 8) {
			return false;
		}
		String time = token.substring(0, 8);
		return equal(sign("CSRF:" + time + ":" + userid), token.substring(9)) && fresh(time);
	}

	private boolean fresh(String hexTime) {
		try {
			long age = this.clock.instant().getEpochSecond() - Long.parseLong(hexTime, 16);
			return age >= -SKEW && age <= LIFETIME;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private String hexTime() {
		return String.format(Locale.ROOT, "%08X", this.clock.instant().getEpochSecond());
	}

	private String sign(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return Base64.getEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean equal(String expected, String actual) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				actual.getBytes(StandardCharsets.UTF_8));
	}

}
