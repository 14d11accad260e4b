package dev.pvedash.proxmox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The token self-test (docs/proxmox-notes.md, Privileges): which dashboard features the
 * configured token may use, as plain findings such as "power actions: missing
 * VM.PowerMgmt on /vms/101". The most common setup trap, a privilege-separated token
 * without ACLs, shows no error at all, only empty lists; it gets its own finding.
 */
final class PrivilegeCheck {

	/** Feature name → the privilege it needs on each guest's {@code /vms/{vmid}}. */
	private static final Map<String, String> GUEST_FEATURES = Map.of("guest status", "VM.Audit", "power actions",
			"VM.PowerMgmt", "snapshots", "VM.Snapshot", "backups", "VM.Backup");

	private PrivilegeCheck() {
	}

	static List<String> findings(ClusterResources resources, Permissions permissions) {
		List<String> findings = new ArrayList<>();
		if (resources.nodes().isEmpty() && resources.guests().isEmpty()) {
			findings.add("PVE answers but lists no nodes and no guests: the token is probably privilege-separated "
					+ "with no ACL. Grant it a role (pveum acl modify / --tokens 'USER@REALM!NAME' --roles PVEDash).");
			return findings;
		}
		if (permissions == null) {
			return findings;
		}
		Map<String, TreeSet<String>> missing = new TreeMap<>();
		for (NodeResource node : resources.nodes()) {
			check(permissions, missing, "host status", "/nodes/" + node.node(), "Sys.Audit");
		}
		for (GuestResource guest : resources.guests()) {
			GUEST_FEATURES.forEach(
					(feature, privilege) -> check(permissions, missing, feature, "/vms/" + guest.vmid(), privilege));
		}
		missing.forEach((feature, gaps) -> findings.add(feature + ": missing " + String.join(", ", gaps)));
		return findings;
	}

	private static void check(Permissions permissions, Map<String, TreeSet<String>> missing, String feature,
			String path, String privilege) {
		if (!permissions.allows(path, privilege)) {
			missing.computeIfAbsent(feature, f -> new TreeSet<>()).add(privilege + " on " + path);
		}
	}

}
