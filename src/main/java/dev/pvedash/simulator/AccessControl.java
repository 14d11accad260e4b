package dev.pvedash.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Privileges: root@pam and the token have everything on {@code /}, unless the token is
 * read-only (a property, or the fault), then it has only the audit privileges of
 * PVEAuditor. A missing privilege is PVE's 403 "Permission check failed (/vms/100,
 * VM.PowerMgmt)" (docs/proxmox-notes.md, Privileges and Errors).
 */
final class AccessControl {

	static final List<String> ALL = List.of("Datastore.Allocate", "Datastore.AllocateSpace",
			"Datastore.AllocateTemplate", "Datastore.Audit", "Group.Allocate", "Mapping.Audit", "Mapping.Modify",
			"Mapping.Use", "Permissions.Modify", "Pool.Allocate", "Pool.Audit", "Realm.Allocate", "Realm.AllocateUser",
			"SDN.Allocate", "SDN.Audit", "SDN.Use", "Sys.AccessNetwork", "Sys.Audit", "Sys.Console", "Sys.Incoming",
			"Sys.Modify", "Sys.PowerMgmt", "Sys.Syslog", "User.Modify", "VM.Allocate", "VM.Audit", "VM.Backup",
			"VM.Clone", "VM.Config.CDROM", "VM.Config.CPU", "VM.Config.Cloudinit", "VM.Config.Disk", "VM.Config.HWType",
			"VM.Config.Memory", "VM.Config.Network", "VM.Config.Options", "VM.Console", "VM.Migrate", "VM.Monitor",
			"VM.PowerMgmt", "VM.Snapshot", "VM.Snapshot.Rollback");

	static final List<String> AUDIT = List.of("Datastore.Audit", "Mapping.Audit", "Pool.Audit", "SDN.Audit",
			"Sys.Audit", "VM.Audit");

	private final boolean readOnlyProperty;

	private final SimulatorFaults faults;

	AccessControl(boolean readOnlyProperty, SimulatorFaults faults) {
		this.readOnlyProperty = readOnlyProperty;
		this.faults = faults;
	}

	List<String> granted(Principal principal) {
		boolean readOnly = principal.token() && (this.readOnlyProperty || this.faults.readOnlyToken());
		List<String> granted = readOnly ? AUDIT : ALL;
		if (principal.token() && this.faults.withoutSysAudit()) {
			granted = granted.stream().filter(p -> !p.equals("Sys.Audit")).toList();
		}
		return granted;
	}

	boolean has(Principal principal, String privilege) {
		return granted(principal).contains(privilege);
	}

	/**
	 * Passes if the caller has any of {@code privileges} on {@code path}; PVE lists them
	 * joined by "|".
	 */
	void check(Principal principal, String path, String... privileges) {
		List<String> granted = granted(principal);
		for (String privilege : privileges) {
			if (granted.contains(privilege)) {
				return;
			}
		}
		throw ApiError.forbidden(path, String.join("|", privileges));
	}

	/**
	 * {@code GET /access/permissions}: path → privilege → 1 (propagated), for one path or
	 * all.
	 */
	Map<String, Object> permissions(Principal principal, @Nullable String path) {
		Map<String, Object> privileges = new TreeMap<>();
		granted(principal).forEach(p -> privileges.put(p, 1));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put((path != null) ? path : "/", privileges);
		return result;
	}

	/**
	 * The {@code cap} object of a ticket answer: privileges grouped by the area they
	 * apply to.
	 */
	Map<String, Object> cap(Principal principal) {
		Map<String, Object> cap = new LinkedHashMap<>();
		List<String> granted = granted(principal);
		cap.put("vms", pick(granted, "VM.", "Permissions.Modify"));
		cap.put("storage", pick(granted, "Datastore.", "Permissions.Modify"));
		cap.put("nodes", pick(granted, "Sys.", "Permissions.Modify"));
		cap.put("access", pick(granted, "User.", "Group.", "Realm.", "Permissions.Modify"));
		cap.put("dc", pick(granted, "Sys.Audit", "Sys.Modify", "SDN."));
		cap.put("sdn", pick(granted, "SDN.", "Permissions.Modify"));
		cap.put("mapping", pick(granted, "Mapping.", "Permissions.Modify"));
		return cap;
	}

	private static Map<String, Object> pick(List<String> granted, String... prefixes) {
		Map<String, Object> picked = new TreeMap<>();
		for (String privilege : granted) {
			for (String prefix : prefixes) {
				if (privilege.startsWith(prefix)) {
					picked.put(privilege, 1);
				}
			}
		}
		return picked;
	}

}
