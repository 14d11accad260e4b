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
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;

/**
 * Only actions valid in the stored state are accepted (docs/actions.md, Checks;
 * docs/proxmox-notes.md, Actions).
 */
class AllowedActionsTests {

	@ParameterizedTest(name = "{0} {1} lock={2} template={3} -> {4}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			QEMU | RUNNING           | -         | false | shutdown reboot stop suspend
			LXC  | RUNNING           | -         | false | shutdown reboot stop
			QEMU | STOPPED           | -         | false | start
			LXC  | STOPPED           | -         | false | start
			QEMU | SUSPENDED_TO_DISK | suspended | false | start resume
			QEMU | PAUSED            | -         | false | resume stop
			QEMU | SUSPENDED         | -         | false | resume stop
			QEMU | STOPPED           | -         | true  | -
			QEMU | RUNNING           | -         | true  | -
			QEMU | PRELAUNCH         | -         | false | -
			QEMU | IO_ERROR          | -         | false | -
			QEMU | MIGRATING         | -         | false | -
			QEMU | UNKNOWN           | -         | false | -
			QEMU | -                 | -         | false | -
			""")
	void allowedInState(GuestType type, GuestState state, String lock, boolean template, String expected) {
		GuestView guest = new GuestView(101, type, "pve", "g", state, null, null, null, null, null, List.of(), lock,
				template, Instant.EPOCH);
		Set<String> words = AllowedActions.of(guest).stream().map(GuestAction::word).collect(Collectors.toSet());
		assertThat(words).isEqualTo((expected == null) ? Set.of() : Set.copyOf(Arrays.asList(expected.split(" "))));
	}

}
