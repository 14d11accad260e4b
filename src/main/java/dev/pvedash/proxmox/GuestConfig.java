package dev.pvedash.proxmox;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A guest's configuration, {@code GET /nodes/{node}/qemu|lxc/{vmid}/config}
 * (docs/proxmox-notes.md, Reads), with pending changes applied as PVE returns it. Keys
 * keep the config's units: {@code memory}, {@code balloon} and {@code swap} are MiB. A
 * key the config does not set is null, meaning PVE's default applies.
 *
 * @param name {@code name} of a VM, {@code hostname} of a container
 * @param sockets VMs only
 * @param cpulimit containers: CPU time limit in cores, may be fractional
 * @param memory MiB (a property string like {@code current=2048} from PVE 8.1 on)
 * @param balloon VMs: minimum MiB for the balloon driver; 0 disables it
 * @param swap containers: MiB
 * @param arch containers: {@code amd64} …
 * @param unprivileged containers only
 * @param agent VMs: QEMU guest agent enabled
 * @param parent the snapshot the current state derives from
 * @param digest SHA-1 of the config file
 * @param disks VM drives (scsi/virtio/sata/ide/efidisk/tpmstate) or container rootfs and
 * mount points
 * @param pciDevices {@code hostpci*} passthrough, VMs only
 * @param raw every plain key as PVE sent it, for whatever the fields above do not cover
 */
public record GuestConfig(GuestType type, @Nullable String name, @Nullable String description, @Nullable String ostype,
		@Nullable Integer cores, @Nullable Integer sockets, @Nullable Double cpulimit, @Nullable Long memory,
		@Nullable Long balloon, @Nullable Long swap, @Nullable String arch, boolean onboot, @Nullable Startup startup,
		boolean protection, boolean template, boolean unprivileged, boolean agent, List<String> tags,
		@Nullable String lock, @Nullable String parent, @Nullable String digest, List<Disk> disks, List<Nic> nics,
		List<PciDevice> pciDevices, Map<String, String> raw) {

	/**
	 * A disk, CD drive or container volume.
	 *
	 * @param key e.g. {@code scsi0}, {@code efidisk0}, {@code rootfs}, {@code mp0}
	 * @param volume {@code local-lvm:vm-100-disk-0}, an ISO volume, or {@code none} for
	 * an empty CD drive
	 * @param size bytes, from {@code size=32G}; null when the config has no size (CD
	 * drives)
	 * @param media {@code cdrom} for CD drives, else null
	 * @param mountPoint containers: {@code /} for rootfs, the {@code mp=} path for mount
	 * points
	 * @param options all options as written, e.g. {@code ssd=1}, {@code backup=0}
	 */
	public record Disk(String key, String volume, @Nullable Long size, @Nullable String media,
			@Nullable String mountPoint, Map<String, String> options) {

		public boolean cdrom() {
			return "cdrom".equals(this.media);
		}

	}

	/**
	 * A network device.
	 *
	 * @param model VMs: {@code virtio}, {@code e1000} …; containers: the {@code type}
	 * ({@code veth})
	 * @param mac {@code macaddr} / {@code hwaddr}
	 * @param tag VLAN tag
	 * @param interfaceName containers: the name inside the guest, e.g. {@code eth0}
	 * @param options all options as written, e.g. {@code ip=dhcp}, {@code rate=10}
	 */
	public record Nic(String key, @Nullable String model, @Nullable String mac, @Nullable String bridge,
			@Nullable Integer tag, boolean firewall, boolean linkDown, @Nullable String interfaceName,
			Map<String, String> options) {
	}

	/**
	 * {@code startup: order=1,up=30,down=60}: boot order and delays in seconds.
	 *
	 * @param up seconds to wait after starting this guest before the next one
	 * @param down seconds to wait after shutting it down
	 */
	public record Startup(@Nullable Integer order, @Nullable Integer up, @Nullable Integer down) {
	}

	/**
	 * A {@code hostpci*} passthrough device.
	 *
	 * @param host PCI address(es) such as {@code 0000:01:00.0} or
	 * {@code 01:00.0;01:00.1}; null with a mapping
	 * @param mapping cluster resource mapping name (PVE 8+), else null
	 * @param primaryGpu {@code x-vga=1}
	 */
	public record PciDevice(String key, @Nullable String host, @Nullable String mapping, boolean pcie,
			boolean primaryGpu, Map<String, String> options) {
	}

}
