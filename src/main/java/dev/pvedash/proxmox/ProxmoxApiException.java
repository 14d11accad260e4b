package dev.pvedash.proxmox;

/**
 * PVE answered, with an error status. {@link #reason()} is PVE's own text (the body's
 * {@code message} on newer releases, else the HTTP reason phrase, docs/proxmox-notes.md,
 * Errors), cleaned of control characters, for pages that want to show it without the
 * client's wording around it.
 */
public class ProxmoxApiException extends ProxmoxException {

	private final String reason;

	public ProxmoxApiException(Kind kind, int status, String reason, String message) {
		super(kind, status, message);
		this.reason = reason;
	}

	/**
	 * PVE answered, so it read the request, except when the answer is a 2xx PVE Dash
	 * could not read (the task may have started) or a gateway in front of PVE gave up
	 * waiting for it (502, 504).
	 */
	@Override
	public Delivery delivery() {
		int status = status();
		return (status >= 200 && status < 300) || status == 502 || status == 504 ? Delivery.MAYBE : Delivery.ANSWERED;
	}

	/** PVE's reason, e.g. {@code VM 100 not running}; empty when it gave none. */
	public String reason() {
		return this.reason;
	}

}
