package dev.pvedash.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.pvedash.inventory.GuestDetail.Disk;
import dev.pvedash.inventory.GuestDetail.Nic;
import dev.pvedash.inventory.GuestDetail.PciDevice;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;

/**
 * PVE's words in poll_guest and the typed values pages get back: one mapping, both ways.
 */
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
	void aStoppedVmHoldingTheSuspendLockIsHibernatedAndOddWordsAreUnknown(String stored, String lock, GuestState read) {
		assertThat(Rows.state(stored, lock)).isEqualTo(read);
	}

	@Test
	void configListsAreStoredAsValuesAndReadBack() {
		String disks = Rows.join(List.of(Rows.fields("scsi0", "local-lvm:vm-100-disk-0", 34359738368L),
				Rows.fields("ide2", "none", null)));
		assertThat(disks).isEqualTo("scsi0\tlocal-lvm:vm-100-disk-0\t34359738368\nide2\tnone\t");
		assertThat(Rows.disks(disks)).containsExactly(new Disk("scsi0", "local-lvm:vm-100-disk-0", 34359738368L),
				new Disk("ide2", "none", null));
		assertThat(Rows
			.nics(Rows.join(List.of(Rows.fields("net0", "virtio", "vmbr0"), Rows.fields("net1", "e1000", null)))))
			.containsExactly(new Nic("net0", "virtio", "vmbr0"), new Nic("net1", "e1000", null));
		assertThat(Rows.pciDevices(Rows.fields("hostpci0", "0000:01:00.0")))
			.containsExactly(new PciDevice("hostpci0", "0000:01:00.0"));
		assertThat(Rows.disks(null)).isEmpty();
	}

	@Test
	void aLineCutByItsColumnLosesOnlyItsLastValues() {
		assertThat(Rows.disks("scsi0\tlocal-lvm:vm-100-disk-0\t3435"))
			.containsExactly(new Disk("scsi0", "local-lvm:vm-100-disk-0", 3435L));
		assertThat(Rows.disks("scsi0\tlocal-lvm:vm-1")).containsExactly(new Disk("scsi0", "local-lvm:vm-1", null));
	}

	@ParameterizedTest
	@EnumSource(GuestType.class)
	void typesAreStoredAsPvesPathSegment(GuestType type) {
		assertThat(Rows.type(type.wire())).isEqualTo(type);
	}

}
