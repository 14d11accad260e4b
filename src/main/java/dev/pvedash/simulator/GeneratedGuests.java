package dev.pvedash.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Guests beyond the reference seven for scale tests: vmids from 1000 (skipping 9000),
 * every third one a container, names like {@code web-01}, spread round-robin over the
 * nodes, about four in five running.
 */
final class GeneratedGuests {

	private static final String[] NAMES = { "web", "db", "cache", "build", "media", "backup", "monitor", "dns", "mail",
			"git", "ci", "proxy", "vpn", "wiki", "files", "metrics" };

	private GeneratedGuests() {
	}

	/** Generated guests that should be running get {@code onboot: 1}. */
	static List<Guest> create(List<SimNode> nodes, int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Guest> guests = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int vmid = 1000 + i;
			if (vmid >= 9000) {
				vmid++;
			}
			String name = String.format("%s-%02d", NAMES[i % NAMES.length], i / NAMES.length + 1);
			String node = nodes.get(i % nodes.size()).name();
			boolean lxc = i % 3 == 2;
			Profile profile = new Profile(0.005 + random.nextDouble() * 0.2, 0.2 + random.nextDouble() * 0.6,
					random.nextLong(1_000, 500_000), random.nextLong(1_000, 200_000), 0, 2 + random.nextInt(8));
			int disk = 8 << random.nextInt(4);
			Map<String, Object> config;
			if (lxc) {
				config = GuestConfigs.lxc(vmid, name, 1, 256 << random.nextInt(3), disk);
				profile = new Profile(profile.cpuBase(), profile.memFraction(), profile.netRate(), profile.diskRate(),
						(long) ((disk << 30) * (0.1 + random.nextDouble() * 0.6)), profile.shutdownSeconds());
			}
			else {
				config = GuestConfigs.qemu(vmid, name, 1 + random.nextInt(2), 512 << random.nextInt(4), disk, "l26");
			}
			config.put("onboot", random.nextDouble() < 0.8 ? 1 : 0);
			guests.add(new Guest(vmid, lxc ? GuestKind.LXC : GuestKind.QEMU, node, profile, (long) disk << 30, config));
		}
		return guests;
	}

}
