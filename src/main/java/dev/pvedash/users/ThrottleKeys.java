package dev.pvedash.users;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Fixed-size throttle keys (docs/sign-in.md): a username becomes its SHA-256, so whatever
 * a client sends, a key costs the same few bytes and the throttle never holds a typed
 * name. An IPv6 client counts by its /64, the block one subscriber gets; anything that is
 * not an IP literal is digested too.
 */
final class ThrottleKeys {

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{1,45}");

	private ThrottleKeys() {
	}

	static String username(String raw) {
		return digest(Credentials.normalizeUsername(raw));
	}

	static String address(String raw) {
		if (raw == null || !IP_LITERAL.matcher(raw).matches()) {
			return digest(String.valueOf(raw));
		}
		try {
			// a literal, so no name lookup happens
			InetAddress parsed = InetAddress.getByName(raw);
			if (parsed instanceof Inet6Address) {
				byte[] prefix = Arrays.copyOf(parsed.getAddress(), 8);
				return HexFormat.of().formatHex(prefix) + "/64";
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return digest(raw);
		}
	}

	private static String digest(String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
