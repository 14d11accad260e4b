package dev.pvedash.inventory;

import java.time.Instant;
import java.util.List;

/**
 * The config summary of one guest, as last read (null {@code configAsOf}: config not read
 * yet). {@code configError} is PVE's words for why the last config read was refused (e.g.
 * "501 Method 'GET …' not implemented"): pages say "not available" instead of "not read
 * yet". Disks, NICs and PCI devices are values; pages format them.
 */
public record GuestDetail(GuestView guest, Integer cores, Integer sockets, Long memoryMiB, List<Disk> disks,
		List<Nic> nics, boolean onboot, Integer startupOrder, boolean protection, List<PciDevice> pciDevices,
		String description, Instant configAsOf, String configError) {

	public GuestDetail(GuestView guest, Integer cores, Integer sockets, Long memoryMiB, List<Disk> disks,
			List<Nic> nics, boolean onboot, Integer startupOrder, boolean protection, List<PciDevice> pciDevices,
			String description, Instant configAsOf) {
		this(guest, cores, sockets, memoryMiB, disks, nics, onboot, startupOrder, protection, pciDevices, description,
				configAsOf, null);
	}

	/**
	 * @param key PVE's config key ({@code scsi0}, {@code rootfs}, {@code mp0} …)
	 * @param volume PVE's volume id ({@code local-lvm:vm-100-disk-0}), a path, or
	 * {@code none}
	 * @param size in bytes; null when the config does not say
	 */
	public record Disk(String key, String volume, Long size) {
	}

	/**
	 * @param bridge null when the NIC is not on a bridge
	 */
	public record Nic(String key, String model, String bridge) {
	}

	/**
	 * @param device the host's PCI address, or the name of a cluster resource mapping
	 */
	public record PciDevice(String key, String device) {
	}

}
