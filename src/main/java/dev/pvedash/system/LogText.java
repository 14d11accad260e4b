package dev.pvedash.system;

/**
 * Text from a request (a path, a header) made safe for one log line or audit field:
 * control characters, CR and LF above all, become %XX, so nobody can forge a second entry
 * (OWASP ASVS 5.0 16.4.1).
 */
public final class LogText {

	private LogText() {
	}

	public static String encode(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
				out.append(String.format("%%%02X", c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

}
