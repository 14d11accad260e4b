package dev.pvedash.proxmox.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The transport's last check of every path before it is sent. The typed client builds
 * paths from validated ids (docs/proxmox-notes.md, Ids); this makes sure that whatever
 * reaches {@link PveHttp} cannot climb out of {@code /api2/json}, whoever built it
 * (docs/security.md, item 17).
 */
final class PathGuard {

	// RFC 3986 pchar, minus '%' escapes of '/', '\' and control characters (checked after
	// decoding)
	private static final Pattern SEGMENT = Pattern.compile("(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+");

	private PathGuard() {
	}

	/**
	 * The path unchanged if it is absolute, made of non-empty RFC 3986 segments, and no
	 * segment decodes to {@code .}, {@code ..}, or anything holding a slash, backslash or
	 * control character.
	 */
	static String check(String path) {
		if (path == null || !path.startsWith("/") || path.length() == 1) {
			throw new IllegalArgumentException("a PVE API path must start with '/' and name a resource");
		}
		for (String segment : path.substring(1).split("/", -1)) {
			if (!SEGMENT.matcher(segment).matches()) {
				throw new IllegalArgumentException("unsafe PVE API path (empty segment or character outside RFC 3986)");
			}
			String decoded = decode(segment);
			if (decoded.equals(".") || decoded.equals("..")
					|| decoded.chars().anyMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7f)) {
				throw new IllegalArgumentException("unsafe PVE API path (dot segment, slash or control character)");
			}
		}
		return path;
	}

	private static String decode(String segment) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c == '%') {
				bytes.write(Integer.parseInt(segment, i + 1, i + 3, 16));
				i += 2;
			}
			else {
				bytes.write(c);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
