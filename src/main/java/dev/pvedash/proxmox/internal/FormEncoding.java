package dev.pvedash.proxmox.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Parameters as PVE reads them (docs/proxmox-notes.md, Envelope and values):
 * {@code application/x-www-form-urlencoded} for the POST body and the same encoding in
 * the query string of GET and DELETE. PVE booleans go out as {@code 1}/{@code 0}; null
 * values are left out; a collection repeats its key (PVE's array parameters).
 */
public final class FormEncoding {

	private FormEncoding() {
	}

	static String encode(Map<String, ?> parameters) {
		StringJoiner joined = new StringJoiner("&");
		if (parameters != null) {
			parameters.forEach((name, value) -> {
				if (value instanceof Iterable<?> values) {
					values.forEach(v -> add(joined, name, v));
				}
				else {
					add(joined, name, value);
				}
			});
		}
		return joined.toString();
	}

	private static void add(StringJoiner joined, String name, Object value) {
		if (value == null) {
			return;
		}
		String text = (value instanceof Boolean flag) ? (flag ? "1" : "0") : String.valueOf(value);
		joined.add(percent(name) + "=" + percent(text)); // one percent-encoding for paths
															// and forms
	}

	/**
	 * Percent-encodes all but unreserved characters and {@code :}, so {@code @} and
	 * {@code !} are safe (docs/proxmox-notes.md, Tasks and UPIDs).
	 */
	public static String percent(String segment) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return encoded.toString();
	}

}
