package dev.pvedash.proxmox;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * 400 "Parameter verification failed.": PVE names each rejected parameter and why in the
 * body's {@code errors} object (docs/proxmox-notes.md, Errors), e.g.
 * {@code vmid → value must have a minimum value of 100}.
 */
public class ProxmoxBadRequestException extends ProxmoxApiException {

	private final Map<String, String> errors;

	public ProxmoxBadRequestException(String reason, Map<String, String> errors, String request) {
		super(Kind.BAD_REQUEST, 400, reason, message(reason, errors, request));
		this.errors = Map.copyOf(errors);
	}

	private static String message(String reason, Map<String, String> errors, String request) {
		String details = errors.entrySet()
			.stream()
			.map(e -> e.getKey() + ": " + e.getValue())
			.sorted()
			.collect(Collectors.joining("; "));
		return "Proxmox rejected the parameters of " + request + " (HTTP 400 " + reason + ")"
				+ (details.isEmpty() ? "" : ": " + details);
	}

	/** Parameter name → PVE's complaint; empty when the body carried none. */
	public Map<String, String> errors() {
		return this.errors;
	}

}
