package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.pvedash.inventory.GuestDetail.Disk;
import dev.pvedash.inventory.StorageView;

/**
 * Which storage holds a guest's disks, and whether it is above the schedule's fill limit.
 */
class ScheduleStorageCheckTests {

	static final List<StorageView> STORAGES = List.of(storage("pve", "local-lvm", 97), storage("pve", "local", 40),
			storage("pve", "tank", 95), storage("pve2", "local-lvm", 10));

	static Stream<Arguments> disks() {
		return Stream.of(
				Arguments.of(List.of(disk("scsi0", "local-lvm:vm-101-disk-0", 32L << 30)), Set.of("local-lvm")),
				Arguments.of(List.of(disk("rootfs", "tank:subvol-200-disk-0", 8L << 30),
						disk("mp0", "local-lvm:vm-200-disk-1", null)), Set.of("tank", "local-lvm")),
				Arguments.of(List.of(disk("ide2", "local:iso/debian-12.iso", null), disk("ide0", "none", null),
						disk("scsi1", "/dev/disk/by-id/ata-X", null)), Set.of()),
				Arguments.of(List.of(), Set.of()));
	}

	@ParameterizedTest
	@MethodSource("disks")
	void storageIds(List<Disk> disks, Set<String> expected) {
		assertThat(ScheduleStorageCheck.storageIds(disks)).containsExactlyInAnyOrderElementsOf(expected);
	}

	static Stream<Arguments> limits() {
		return Stream.of(Arguments.of("pve", disk("scsi0", "local-lvm:vm-101-disk-0", 32L << 30), 95, "local-lvm"),
				Arguments.of("pve", disk("scsi0", "local-lvm:vm-101-disk-0", 32L << 30), 97, null),
				Arguments.of("pve", disk("rootfs", "tank:subvol-200-disk-0", null), 95, null),
				Arguments.of("pve", disk("rootfs", "tank:subvol-200-disk-0", null), 94, "tank"),
				Arguments.of("pve2", disk("scsi0", "local-lvm:vm-300-disk-0", null), 95, null),
				Arguments.of("pve", disk("scsi0", "ceph:vm-101-disk-0", null), 50, null));
	}

	@ParameterizedTest(name = "{0} {1} limit {2} %")
	@MethodSource("limits")
	void overLimit(String node, Disk disk, int limit, String full) {
		assertThat(ScheduleStorageCheck.overLimit(node, List.of(disk), STORAGES, limit)
			.map(ScheduleStorageCheck.Full::storage)
			.orElse(null)).isEqualTo(full);
	}

	static Disk disk(String key, String volume, Long size) {
		return new Disk(key, volume, size);
	}

	static StorageView storage(String node, String name, int percent) {
		return new StorageView(node, name, "lvmthin", Set.of("images"), (long) percent << 20, 100L << 20, true, false,
				Instant.EPOCH);
	}

}
