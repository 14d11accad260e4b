package dev.pvedash.proxmox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * PVE's config "property strings" ({@code local-lvm:vm-100-disk-0,size=32G},
 * docs/proxmox-notes.md, Reads): comma separated {@code key=value} pairs where an item
 * without {@code =} belongs to the format's default key (the volume of a disk, the host
 * of a PCI device). Parsing is forgiving because PVE already validated the config.
 */
final class PropertyString {

	private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)([KMGT]?)", Pattern.CASE_INSENSITIVE);

	private PropertyString() {
	}

	static Map<String, String> parse(@Nullable String text, String defaultKey) {
		Map<String, String> values = new LinkedHashMap<>();
		if (text != null) {
			for (String item : text.split(",")) {
				int equals = item.indexOf('=');
				if (equals < 0) {
					if (!item.isBlank()) {
						values.putIfAbsent(defaultKey, item.trim());
					}
				}
				else {
					values.put(item.substring(0, equals).trim(), item.substring(equals + 1).trim());
				}
			}
		}
		return Collections.unmodifiableMap(values);
	}

	/**
	 * {@code 32G}, {@code 4M}, {@code 1.5T} or plain bytes, in binary units as PVE means
	 * them.
	 */
	static @Nullable Long bytes(@Nullable String size) {
		if (size == null) {
			return null;
		}
		Matcher matcher = SIZE.matcher(size.trim());
		if (!matcher.matches()) {
			return null;
		}
		int shift = switch (matcher.group(2).toUpperCase(Locale.ROOT)) {
			case "K" -> 10;
			case "M" -> 20;
			case "G" -> 30;
			case "T" -> 40;
			default -> 0;
		};
		return Math.round(Double.parseDouble(matcher.group(1)) * (1L << shift));
	}

	static @Nullable Integer integer(@Nullable String value) {
		if (value == null || !value.matches("\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(value);
	}

	static boolean flag(@Nullable String value) {
		return "1".equals(value) || "true".equalsIgnoreCase(value);
	}

}
