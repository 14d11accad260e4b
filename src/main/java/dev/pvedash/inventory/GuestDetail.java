package dev.pvedash.inventory;

import java.time.Instant;
import java.util.List;

/**
 * The config summary of one guest, as last read (null {@code configAsOf}: config not read yet).
 * {@code configError} is PVE's words for why the last config read was refused (e.g. "501 Method 'GET …' not
 * implemented"): pages say "not available" instead of "not read yet".
 */
public record GuestDetail(GuestView guest, Integer cores, Integer sockets, Long memoryMiB, List<String> disks,
		List<String> nics, boolean onboot, Integer startupOrder, boolean protection, List<String> pciDevices,
		String description, Instant configAsOf, String configError) {

	public GuestDetail(GuestView guest, Integer cores, Integer sockets, Long memoryMiB, List<String> disks,
			List<String> nics, boolean onboot, Integer startupOrder, boolean protection, List<String> pciDevices,
			String description, Instant configAsOf) {
		this(guest, cores, sockets, memoryMiB, disks, nics, onboot, startupOrder, protection, pciDevices, description,
				configAsOf, null);
	}
}
