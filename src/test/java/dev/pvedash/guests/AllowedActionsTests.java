package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.inventory.GuestView;

/** Only actions valid in the stored state are accepted (docs/actions.md, Checks; docs/proxmox-notes.md, Actions). */
class AllowedActionsTests {

	@ParameterizedTest(name = "{0} {1} lock={2} template={3} -> {4}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			qemu | running   | -         | false | shutdown reboot stop suspend
			lxc  | running   | -         | false | shutdown reboot stop
			qemu | stopped   | -         | false | start
			lxc  | stopped   | -         | false | start
			qemu | stopped   | suspended | false | start resume
			qemu | paused    | -         | false | resume stop
			qemu | suspended | -         | false | resume stop
			qemu | stopped   | -         | true  | -
			qemu | running   | -         | true  | -
			qemu | prelaunch | -         | false | -
			qemu | io-error  | -         | false | -
			qemu | -         | -         | false | -
			""")
	void allowedInState(String type, String status, String lock, boolean template, String expected) {
		GuestView guest = new GuestView(101, type, "pve", "g", status, null, null, null, null, null, List.of(), lock,
				template, Instant.EPOCH);
		Set<String> words = AllowedActions.of(guest).stream().map(GuestAction::word).collect(Collectors.toSet());
		assertThat(words).isEqualTo((expected == null) ? Set.of() : Set.copyOf(Arrays.asList(expected.split(" "))));
	}

}
