package dev.pvedash.proxmox.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.pvedash.proxmox.ProxmoxApiException;
import dev.pvedash.proxmox.ProxmoxBadRequestException;
import dev.pvedash.proxmox.ProxmoxException.Kind;
import dev.pvedash.proxmox.ProxmoxPermissionException;

/**
 * Reads one PVE answer (docs/proxmox-notes.md, Envelope and values, Errors): the
 * {@code data} of a 2xx envelope, or the typed exception for an error status, with PVE's
 * reason taken from the body's {@code message} (newer releases) or else the status line.
 * Never puts a body into a message: the login answer's body is a ticket.
 */
final class PveAnswers {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final int MAX_REASON = 300;

	private PveAnswers() {
	}

	/**
	 * @param request method and path, for messages (no query: parameters are not for
	 * logs)
	 * @param rejectedHint what a 401 means for this kind of credential
	 */
	static JsonNode read(int status, String statusText, byte[] body, String request, String rejectedHint) {
		JsonNode tree = parse(body);
		if (status >= 200 && status < 300) {
			if (tree == null || !tree.isObject() || !tree.has("data")) {
				throw new ProxmoxApiException(Kind.PROTOCOL, status, "", "unexpected answer from Proxmox to " + request
						+ ": not PVE's JSON envelope {\"data\": …} (HTTP " + status + ")");
			}
			return tree.get("data");
		}
		String reason = reason(tree, statusText);
		String code = "HTTP " + status + (reason.isEmpty() ? "" : " " + reason);
		if (status >= 300 && status < 400) {
			throw new ProxmoxApiException(Kind.PROTOCOL, status, reason,
					"Proxmox answered " + request + " with a redirect (" + code
							+ "), which is never followed; PVEDASH_PROXMOX_URL must point at PVE itself");
		}
		throw switch (status) {
			case 400 -> new ProxmoxBadRequestException(reason, errors(tree), request);
			case 401 -> new ProxmoxApiException(Kind.AUTHENTICATION, status, reason,
					"Proxmox refused the credentials (" + code + "): " + rejectedHint);
			case 403 -> new ProxmoxPermissionException(reason, request);
			case 595, 596, 597, 599 -> new ProxmoxApiException(Kind.NODE_UNREACHABLE, status, reason,
					"Proxmox could not reach the node for " + request + " (" + code + ")");
			default -> (status >= 500 && status < 600)
					? new ProxmoxApiException(Kind.SERVER, status, reason,
							"Proxmox could not complete " + request + " (" + code + ")")
					: new ProxmoxApiException(Kind.PROTOCOL, status, reason,
							"unexpected answer from Proxmox to " + request + " (" + code + ")");
		};
	}

	private static JsonNode parse(byte[] body) {
		if (body == null || body.length == 0) {
			return null;
		}
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String reason(JsonNode tree, String statusText) {
		if (tree != null && tree.isObject() && tree.path("message").isString()) {
			String message = clean(tree.path("message").asString());
			if (!message.isEmpty()) {
				return message;
			}
		}
		return clean(statusText);
	}

	private static Map<String, String> errors(JsonNode tree) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (tree != null && tree.path("errors").isObject()) {
			tree.path("errors")
				.properties()
				.forEach(e -> errors.put(clean(e.getKey()),
						clean(e.getValue().isString() ? e.getValue().asString() : e.getValue().toString())));
		}
		return errors;
	}

	/**
	 * PVE's text is shown on pages and written to logs: no control characters, no novels.
	 */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		String flat = text.replaceAll("\\p{Cntrl}+", " ").strip();
		return (flat.length() > MAX_REASON) ? flat.substring(0, MAX_REASON) + "…" : flat;
	}

}
