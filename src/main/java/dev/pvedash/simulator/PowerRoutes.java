package dev.pvedash.simulator;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /nodes/{node}/{qemu|lxc}/{vmid}/status/{action}} (docs/proxmox-notes.md,
 * Actions): resolves the guest, checks {@code VM.PowerMgmt} and {@code skiplock}, then
 * hands over to {@link QemuPower} or {@link LxcPower}, which decide what fails at once
 * (500) and what fails inside the task.
 */
final class PowerRoutes {

	private final Homelab lab;

	private final AccessControl permissions;

	private final QemuPower qemu;

	private final LxcPower lxc;

	PowerRoutes(Homelab lab, AccessControl permissions, TaskRunner runner) {
		this.lab = lab;
		this.permissions = permissions;
		this.qemu = new QemuPower(runner);
		this.lxc = new LxcPower(runner);
	}

	void register(Router router) {
		String qemu = "/nodes/{node}/qemu/{vmid}/status";
		router.get(qemu, call -> index("current", "start", "stop", "reset", "shutdown", "reboot", "suspend", "resume"));
		router.post(qemu + "/start", call -> this.qemu.start(target(call, GuestKind.QEMU)));
		router.post(qemu + "/stop", call -> this.qemu.stop(target(call, GuestKind.QEMU)));
		router.post(qemu + "/shutdown", call -> this.qemu.shutdown(target(call, GuestKind.QEMU),
				call.integer("timeout", 0), call.flag("forceStop")));
		router.post(qemu + "/reboot", call -> this.qemu.reboot(target(call, GuestKind.QEMU)));
		router.post(qemu + "/reset", call -> this.qemu.reset(target(call, GuestKind.QEMU)));
		router.post(qemu + "/suspend", call -> this.qemu.suspend(target(call, GuestKind.QEMU), call.flag("todisk")));
		router.post(qemu + "/resume", call -> this.qemu.resume(target(call, GuestKind.QEMU)));
		String lxc = "/nodes/{node}/lxc/{vmid}/status";
		router.get(lxc, call -> index("current", "start", "stop", "shutdown", "reboot", "suspend", "resume"));
		router.post(lxc + "/start", call -> this.lxc.start(target(call, GuestKind.LXC)));
		router.post(lxc + "/stop", call -> this.lxc.stop(target(call, GuestKind.LXC)));
		router.post(lxc + "/shutdown", call -> this.lxc.shutdown(target(call, GuestKind.LXC),
				call.integer("timeout", 0), call.flag("forceStop")));
		router.post(lxc + "/reboot", call -> this.lxc.reboot(target(call, GuestKind.LXC)));
		router.post(lxc + "/suspend", call -> this.lxc.suspend(target(call, GuestKind.LXC)));
		router.post(lxc + "/resume", call -> this.lxc.resume(target(call, GuestKind.LXC)));
	}

	private Target target(Call call, GuestKind kind) {
		SimNode node = this.lab.requireNode(call.var("node"));
		int vmid = call.vmid();
		boolean skiplock = call.flag("skiplock");
		if (skiplock && !call.principal().root()) {
			throw ApiError.parameter("skiplock", "Only root may use this option.");
		}
		this.permissions.check(call.principal(), "/vms/" + vmid, "VM.PowerMgmt");
		return new Target(node, this.lab.requireGuest(node.name(), kind, vmid), call.principal(), skiplock);
	}

	private static List<Map<String, String>> index(String... subdirs) {
		return java.util.Arrays.stream(subdirs).map(subdir -> Map.of("subdir", subdir)).toList();
	}

}
