package dev.pvedash.proxmox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Query or form parameters as PVE expects them: every value a string, booleans as
 * {@code 1}, and optional parameters left out rather than sent as 0, so older PVE
 * versions that lack a parameter are not offended.
 */
final class Params {

	private final Map<String, String> values = new LinkedHashMap<>();

	static Params of() {
		return new Params();
	}

	Params put(String name, @Nullable Object value) {
		if (value != null) {
			this.values.put(name, String.valueOf(value));
		}
		return this;
	}

	Params flag(String name, boolean on) {
		if (on) {
			this.values.put(name, "1");
		}
		return this;
	}

	Map<String, String> map() {
		return Collections.unmodifiableMap(this.values);
	}

}
