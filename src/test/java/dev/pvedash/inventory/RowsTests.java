package dev.pvedash.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;

/** PVE's words in poll_guest and the typed values pages get back: one mapping, both ways. */
class RowsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			RUNNING           | running   | -         | RUNNING
			MIGRATING         | running   | migrate   | RUNNING
			PAUSED            | paused    | -         | PAUSED
			IO_ERROR          | paused    | -         | PAUSED
			SUSPENDED         | suspended | -         | SUSPENDED
			SUSPENDED_TO_DISK | suspended | suspended | SUSPENDED
			PRELAUNCH         | prelaunch | -         | PRELAUNCH
			STOPPED           | stopped   | -         | STOPPED
			UNKNOWN           | unknown   | -         | UNKNOWN
			""")
	void theStoredWordIsPvesAndReadsBackAsTheStateThePagesShow(GuestState polled, String stored, String lock,
			GuestState read) {
		assertThat(Rows.status(polled)).isEqualTo(stored);
		assertThat(Rows.state(stored, lock)).isEqualTo(read);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			stopped   | suspended | SUSPENDED_TO_DISK
			stopped   | backup    | STOPPED
			io-error  | -         | UNKNOWN
			-         | -         | UNKNOWN
			""")
	void aStoppedVmHoldingTheSuspendLockIsHibernatedAndOddWordsAreUnknown(String stored, String lock,
			GuestState read) {
		assertThat(Rows.state(stored, lock)).isEqualTo(read);
	}

	@ParameterizedTest
	@EnumSource(GuestType.class)
	void typesAreStoredAsPvesPathSegment(GuestType type) {
		assertThat(Rows.type(type.wire())).isEqualTo(type);
	}

}
