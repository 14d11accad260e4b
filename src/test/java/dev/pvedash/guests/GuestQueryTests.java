package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;

/** The guest list's filters keep their URL words while the records carry enums. */
class GuestQueryTests {

	static final List<GuestView> GUESTS = List.of(guest(100, GuestType.QEMU, GuestState.RUNNING, false),
			guest(101, GuestType.QEMU, GuestState.MIGRATING, false),
			guest(102, GuestType.QEMU, GuestState.IO_ERROR, false),
			guest(103, GuestType.QEMU, GuestState.SUSPENDED_TO_DISK, false),
			guest(104, GuestType.QEMU, GuestState.SUSPENDED, false),
			guest(200, GuestType.LXC, GuestState.STOPPED, false), guest(201, GuestType.LXC, GuestState.PAUSED, false),
			guest(9000, GuestType.QEMU, GuestState.STOPPED, true));

	@ParameterizedTest(name = "status={0} type={1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			running   | -    | 100 101
			stopped   | -    | 103 200
			paused    | -    | 102 201
			suspended | -    | 104
			template  | -    | 9000
			RUNNING   | -    | -
			-         | lxc  | 200 201
			stopped   | qemu | 103
			-         | vm   | -
			""")
	void filtersByTheWordsTheUrlCarries(String status, String type, String expected) {
		List<Integer> vmids = new GuestQuery(null, status, type, null, null, null).apply(GUESTS)
			.stream()
			.map(GuestView::vmid)
			.toList();
		assertThat(vmids).containsExactlyElementsOf(
				(expected == null) ? List.of() : List.of(expected.split(" ")).stream().map(Integer::valueOf).toList());
	}

	@ParameterizedTest
	@CsvSource({ "asc, 102 201 100 101 103 200 9000 104", "desc, 104 103 200 9000 100 101 102 201" })
	void sortsByStateInPvesWordOrder(String dir, String expected) {
		assertThat(new GuestQuery(null, null, null, null, "status", dir).apply(GUESTS)).extracting(GuestView::vmid)
			.containsExactlyElementsOf(List.of(expected.split(" ")).stream().map(Integer::valueOf).toList());
	}

	static GuestView guest(int vmid, GuestType type, GuestState state, boolean template) {
		return new GuestView(vmid, type, "pve", "g" + vmid, state, null, 1, null, null, null, List.of(), null, template,
				Instant.EPOCH);
	}

}
