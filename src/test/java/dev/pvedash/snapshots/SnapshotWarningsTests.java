package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.inventory.GuestView;

/**
 * docs/snapshots.md "Warnings", with the default limits: late after 8 days, more than 5
 * or older than 60 days.
 */
class SnapshotWarningsTests {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	/**
	 * ages: days of each live snapshot, ";"-separated; ram: index of a RAM snapshot or
	 * -1; broken likewise.
	 */
	@ParameterizedTest(name = "[{index}] {0} ages={1} ram={2} pci={3} broken={4} -> {5}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			qemu | NULL             | -1 | false | -1 | NULL
			qemu | 3                | -1 | false | -1 | NULL
			qemu | 8                | -1 | false | -1 | NULL
			qemu | 9                | -1 | false | -1 | LATE
			qemu | 30;9             | -1 | false | -1 | LATE
			qemu | 1;2;3;4;5        | -1 | false | -1 | NULL
			qemu | 1;2;3;4;5;6      | -1 | false | -1 | LONG_CHAIN
			qemu | 61;2             | -1 | false | -1 | LONG_CHAIN
			qemu | 70;20            | -1 | false | -1 | LATE;LONG_CHAIN
			qemu | 2                | 0  | false | -1 | NULL
			qemu | 2                | 0  | true  | -1 | RAM_PASSTHROUGH
			qemu | 2                | -1 | true  | -1 | NULL
			qemu | 2;1              | -1 | false | 1  | BROKEN
			lxc  | 12               | -1 | false | 0  | LATE;BROKEN
			tmpl | 12               | -1 | false | -1 | NULL
			""")
	void warns(String type, String ages, int ram, boolean pci, int broken, String expected) {
		List<StoredSnapshot> live = new ArrayList<>();
		String[] days = (ages == null) ? new String[0] : ages.split(";");
		for (int i = 0; i < days.length; i++) {
			live.add(snapshot(i, Integer.parseInt(days[i]), i == ram, (i == broken) ? "prepare" : null));
		}
		GuestView guest = new GuestView(101, GuestType.fromWire("tmpl".equals(type) ? "qemu" : type), "pve",
				"homeassistant", GuestState.RUNNING, null, 2, null, null, null, List.of(), null, "tmpl".equals(type),
				NOW);
		List<SnapshotWarning> warnings = SnapshotWarnings.of(guest, pci, live, NOW, SnapshotsProperties.defaults());
		assertThat(warnings).extracting(SnapshotWarning::kind)
			.containsExactly((expected == null) ? new String[0] : expected.split(";"));
		assertThat(warnings).allSatisfy(w -> assertThat(w.args().get(0)).isEqualTo("homeassistant"));
	}

	@ParameterizedTest
	@CsvSource({ "lxc, pct", "qemu, qm" })
	void brokenSaysWhichCommandToRun(String type, String tool) {
		GuestView guest = new GuestView(200, GuestType.fromWire(type), "pve", "pihole", GuestState.RUNNING, null, 1,
				null, null, null, List.of(), "snapshot", false, NOW);
		SnapshotWarning broken = SnapshotWarnings
			.of(guest, false, List.of(snapshot(0, 1, false, "delete")), NOW, SnapshotsProperties.defaults())
			.get(0);
		assertThat(broken.args()).containsExactly("pihole", "s0", "delete", 200, tool);
		assertThat(broken.severe()).isTrue();
	}

	static StoredSnapshot snapshot(int i, int ageDays, boolean ram, String snapstate) {
		Instant taken = NOW.minus(Duration.ofDays(ageDays));
		return new StoredSnapshot(i, 101, "s" + i, "pve", GuestType.QEMU, "homeassistant", null, taken, null, ram,
				snapstate, MadeBy.OUTSIDE, null, taken, NOW, null);
	}

}
