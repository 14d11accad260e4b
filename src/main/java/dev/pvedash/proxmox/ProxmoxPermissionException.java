package dev.pvedash.proxmox;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 403: the token or user lacks a privilege. PVE names both in its reason, "Permission
 * check failed (/vms/100, VM.PowerMgmt)" (docs/proxmox-notes.md, Errors), which is
 * exactly what the owner must grant, so they are kept as fields. Other 403s ("URI … not
 * available with API token, need proper ticket", docs/proxmox-notes.md, Authentication)
 * leave them empty.
 */
public class ProxmoxPermissionException extends ProxmoxApiException {

	private static final Pattern CHECK_FAILED = Pattern
		.compile("Permission check failed \\((/[^,()]*),\\s*([^()]+?)\\)", Pattern.CASE_INSENSITIVE);

	private final String aclPath;

	private final String privilege;

	public ProxmoxPermissionException(String reason, String request) {
		super(Kind.PERMISSION, 403, reason, message(reason, request));
		Matcher check = CHECK_FAILED.matcher(reason);
		boolean parsed = check.find();
		this.aclPath = parsed ? check.group(1).strip() : null;
		this.privilege = parsed ? check.group(2).strip() : null;
	}

	private static String message(String reason, String request) {
		Matcher check = CHECK_FAILED.matcher(reason);
		if (check.find()) {
			return "Proxmox refused " + request + ": the API token or user lacks " + check.group(2).strip() + " on "
					+ check.group(1).strip() + " (HTTP 403 " + reason + ")";
		}
		return "Proxmox refused " + request + " (HTTP 403 " + reason + ")";
	}

	/** The ACL path PVE checked, e.g. {@code /vms/100}. */
	public Optional<String> aclPath() {
		return Optional.ofNullable(this.aclPath);
	}

	/**
	 * The missing privilege, e.g. {@code VM.PowerMgmt}, as PVE wrote it (it may list
	 * alternatives).
	 */
	public Optional<String> privilege() {
		return Optional.ofNullable(this.privilege);
	}

}
