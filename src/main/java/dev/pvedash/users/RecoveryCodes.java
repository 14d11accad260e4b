package dev.pvedash.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Ten single-use codes for when the authenticator is lost: 16 Base32 characters (80
 * random bits) each, shown once as {@code abcd-efgh-ijkl-mnop}. 80 bits are far beyond
 * guessing, online or against a stolen database, so an unsalted SHA-256 is enough to
 * store them and lets a code be found by its hash.
 */
final class RecoveryCodes {

	static final int COUNT = 10;

	private RecoveryCodes() {
	}

	static List<String> generate(SecureRandom random) {
		List<String> codes = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			byte[] bytes = new byte[10];
			random.nextBytes(bytes);
			String raw = Base32.encode(bytes).toLowerCase(Locale.ROOT);
			codes.add(raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8, 12) + "-"
					+ raw.substring(12, 16));
		}
		return codes;
	}

	/** Dashes, spaces and case as typed do not matter. */
	static String normalize(String typed) {
		return (typed == null) ? "" : typed.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
	}

	static boolean looksLikeOne(String typed) {
		return normalize(typed).length() == 16;
	}

	static String hash(String typed) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(normalize(typed).getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
