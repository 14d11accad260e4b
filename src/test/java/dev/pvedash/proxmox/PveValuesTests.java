package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import dev.pvedash.proxmox.ProxmoxException.Kind;

class PveValuesTests {

	// docs/proxmox-notes.md, Envelope and values: every numeric field may be a number or
	// a numeric string
	@ParameterizedTest
	@ValueSource(
			strings = { "{\"v\":123}", "{\"v\":\"123\"}", "{\"v\":123.0}", "{\"v\":\"123.0\"}", "{\"v\":\" 123 \"}" })
	void numbersMayArriveAsStrings(String json) {
		assertThat(PveValues.whole(FixturePveHttp.json(json), "v")).isEqualTo(123L);
		assertThat(PveValues.decimal(FixturePveHttp.json(json), "v")).isEqualTo(123.0);
	}

	// docs/proxmox-notes.md, Envelope and values: omitted, null and "" are unknown, never
	// 0
	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"v\":null}", "{\"v\":\"\"}" })
	void absentIsNotZero(String json) {
		JsonNode node = FixturePveHttp.json(json);
		assertThat(PveValues.whole(node, "v")).isNull();
		assertThat(PveValues.decimal(node, "v")).isNull();
		assertThat(PveValues.integer(node, "v")).isNull();
		assertThat(PveValues.string(node, "v")).isNull();
		assertThat(PveValues.bool(node, "v")).isIn(null, false);
	}

	// docs/proxmox-notes.md, Envelope and values: loadavg, cpuinfo.mhz and LXC pressure
	// are decimal strings
	@Test
	void decimalStrings() {
		JsonNode node = FixturePveHttp.json("{\"mhz\":\"3400.000\",\"load\":\"0.15\",\"cpus\":1.5,\"p\":\"0.00\"}");
		assertThat(PveValues.decimal(node, "mhz")).isEqualTo(3400.0);
		assertThat(PveValues.decimal(node, "load")).isEqualTo(0.15);
		assertThat(PveValues.decimal(node, "cpus")).isEqualTo(1.5);
		assertThat(PveValues.decimal(node, "p")).isZero();
	}

	// docs/proxmox-notes.md, Envelope and values: 0/1, true/false and the string forms;
	// Versions: template "" in 6.x
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1|true", "0|false", "\"1\"|true", "\"0\"|false", "true|true", "false|false",
			"\"\"|false", "\"true\"|true" })
	void lenientBooleans(String value, boolean expected) {
		JsonNode node = FixturePveHttp.json("{\"v\":" + value + "}");
		assertThat(PveValues.bool(node, "v")).isEqualTo(expected);
		assertThat(PveValues.flag(node, "v")).isEqualTo(expected);
	}

	// docs/proxmox-notes.md, Envelope and values: template/protection/lock appear only
	// when set
	@Test
	void absentFlagIsOffButUnknownBooleanIsNull() {
		JsonNode node = FixturePveHttp.json("{}");
		assertThat(PveValues.bool(node, "template")).isNull();
		assertThat(PveValues.flag(node, "template")).isFalse();
	}

	// docs/proxmox-notes.md, Envelope and values: only shapes PVE never sends are
	// protocol errors
	@ParameterizedTest
	@ValueSource(
			strings = { "{\"v\":\"abc\"}", "{\"v\":{\"a\":1}}", "{\"v\":[1]}", "{\"v\":\"1,5\"}", "{\"v\":\"NaN\"}" })
	void garbageNumbersAreProtocolErrors(String json) {
		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> PveValues.decimal(FixturePveHttp.json(json), "v"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.PROTOCOL));
	}

	@Test
	void garbageBooleanIsAProtocolError() {
		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> PveValues.bool(FixturePveHttp.json("{\"v\":\"yes\"}"), "v"));
	}

	// docs/proxmox-notes.md, Envelope and values: a list endpoint must answer an array of
	// objects
	@Test
	void listsMustBeArraysOfObjects() {
		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> PveValues.list(FixturePveHttp.json("{\"a\":1}"), "x", (json) -> json));
		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> PveValues.list(FixturePveHttp.json("[1,2]"), "x", (json) -> json));
		assertThat(PveValues.list(FixturePveHttp.json("[]"), "x", (json) -> json)).isEmpty();
	}

	// docs/snapshots.md, What PVE sends: snaptime 0 means unknown
	@Test
	void epochZeroIsUnknown() {
		assertThat(PveValues.epoch(FixturePveHttp.json("{\"t\":0}"), "t")).isNull();
		assertThat(PveValues.epoch(FixturePveHttp.json("{\"t\":\"1700000000\"}"), "t"))
			.isEqualTo(Instant.ofEpochSecond(1_700_000_000));
	}

	// API viewer, tags (pve-tag-list): ';'-separated; older configs use ',' or spaces
	@Test
	void tagsSplitOnSemicolonCommaAndSpace() {
		assertThat(PveValues.tags("prod;web")).containsExactly("prod", "web");
		assertThat(PveValues.tags("infra,dns core")).containsExactly("infra", "dns", "core");
		assertThat(PveValues.tags(" ;; ")).isEmpty();
		assertThat(PveValues.tags(null)).isEmpty();
	}

	// pve-common PVE/JSONSchema.pm (parse_size): disk sizes are strings like size=32G,
	// binary units
	@ParameterizedTest
	@CsvSource({ "32G, 34359738368", "4M, 4194304", "1.5T, 1649267441664", "512, 512", "629M, 659554304",
			"1536m, 1610612736" })
	void diskSizes(String size, long bytes) {
		assertThat(PropertyString.bytes(size)).isEqualTo(bytes);
	}

	@Test
	void unreadableDiskSizeIsUnknown() {
		assertThat(PropertyString.bytes("big")).isNull();
		assertThat(PropertyString.bytes(null)).isNull();
	}

	// pve-common PVE/JSONSchema.pm (parse_property_string): the item without '=' belongs
	// to the default key
	@Test
	void propertyStringDefaultKey() {
		assertThat(PropertyString.parse("local-lvm:vm-100-disk-0,size=32G,ssd=1", "file")).containsExactly(
				Map.entry("file", "local-lvm:vm-100-disk-0"), Map.entry("size", "32G"), Map.entry("ssd", "1"));
	}

}
