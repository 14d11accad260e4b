package dev.pvedash.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding for path segments and header values. Unlike
 * {@link java.net.URLDecoder} it keeps {@code +} as is, which is right outside form
 * bodies; malformed escapes stay literal, as Perl's {@code uri_unescape} leaves them.
 */
final class Percent {

	private Percent() {
	}

	static String decode(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
				out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
				i += 2;
			}
			else {
				out.write(bytes[i]);
			}
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static int hex(byte b) {
		return Character.digit(b, 16);
	}

}
