package dev.pvedash.polling;

import java.time.Instant;
import java.util.List;

/** The config summary of one guest, as last read (null {@code configAsOf}: config not read yet). */
public record GuestDetail(GuestView guest, Integer cores, Integer sockets, Long memoryMiB, List<String> disks,
		List<String> nics, boolean onboot, Integer startupOrder, boolean protection, List<String> pciDevices,
		String description, Instant configAsOf) {
}
