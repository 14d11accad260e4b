package dev.pvedash.metrics;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.GuestRrdPoint;
import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.NodeRrdPoint;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.RrdCf;
import dev.pvedash.proxmox.RrdTimeframe;
import dev.pvedash.proxmox.StorageRrdPoint;

/**
 * One rrddata request for an entity, as points in {@link Kind#fields()} order (one PVE
 * call).
 */
@Component
class RrdReader {

	private final ProxmoxClient client;

	RrdReader(ProxmoxClient client) {
		this.client = client;
	}

	List<RrdMapping.Point> read(Entity entity, RrdTimeframe frame, RrdCf cf) {
		return switch (entity.kind()) {
			case NODE -> this.client.rrd(entity.node(), frame, cf).stream().map(RrdReader::node).toList();
			case GUEST ->
				this.client.rrd(entity.node(), GuestType.fromWire(entity.guestType()), entity.vmid(), frame, cf)
					.stream()
					.map(RrdReader::guest)
					.toList();
			case STORAGE -> this.client.storageRrd(entity.node(), entity.storage(), frame, cf)
				.stream()
				.map(RrdReader::storage)
				.toList();
		};
	}

	static RrdMapping.Point node(NodeRrdPoint p) {
		return new RrdMapping.Point(p.time().getEpochSecond(),
				new Double[] { p.cpu(), p.memused(), p.memtotal(), p.swapused(), p.swaptotal(), p.loadavg(), p.iowait(),
						p.netin(), p.netout(), p.pressurecpusome(), p.pressureiosome(), p.pressurememorysome() });
	}

	static RrdMapping.Point guest(GuestRrdPoint p) {
		return new RrdMapping.Point(p.time().getEpochSecond(), new Double[] { p.cpu(), p.mem(), p.maxmem(), p.memhost(),
				p.netin(), p.netout(), p.diskread(), p.diskwrite() });
	}

	static RrdMapping.Point storage(StorageRrdPoint p) {
		return new RrdMapping.Point(p.time().getEpochSecond(), new Double[] { p.used(), p.total() });
	}

}
