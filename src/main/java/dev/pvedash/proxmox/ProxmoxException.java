package dev.pvedash.proxmox;

/**
 * Any failure talking to PVE, typed by {@link Kind} so callers (health, pages, actions)
 * can say what happened and what to do. The message keeps PVE's own reason and never
 * contains a secret.
 */
public class ProxmoxException extends RuntimeException {

	public enum Kind {

		/** 401: token wrong, revoked or expired; ticket login refused. */
		AUTHENTICATION,
		/** 403: the token lacks a privilege on a path. */
		PERMISSION,
		/** 400: PVE rejected parameters (its {@code errors} object). */
		BAD_REQUEST,
		/**
		 * 500 and other 5xx: PVE's reason, e.g. a missing guest or "VM 101 already
		 * running".
		 */
		SERVER,
		/** 595/596: the node PVE should proxy to is unreachable. */
		NODE_UNREACHABLE,
		/** No answer within the read or connect timeout. */
		TIMEOUT,
		/** Connection refused, host unreachable, DNS failure. */
		CONNECTION,
		/** Certificate not trusted, or the pinned fingerprint changed. */
		TLS,
		/** An answer PVE would not send (not the envelope, wrong JSON type). */
		PROTOCOL

	}

	/**
	 * Whether the request can have reached PVE (docs/actions.md): an action whose request
	 * was certainly not sent changed nothing and is said so; one that may have arrived
	 * has an unknown outcome.
	 */
	public enum Delivery {

		/**
		 * Certain: nothing left this process (connection refused, DNS failure, TLS
		 * handshake refused).
		 */
		NOT_SENT,
		/** PVE answered with an error status: it read the request and refused it. */
		ANSWERED,
		/**
		 * The request may have reached PVE and been acted on (timeout after sending,
		 * connection lost).
		 */
		MAYBE

	}

	private final Kind kind;

	private final int status;

	private final Delivery delivery;

	public ProxmoxException(Kind kind, int status, String message, Throwable cause) {
		this(kind, status, message, cause, Delivery.MAYBE);
	}

	/**
	 * {@code delivery} NOT_SENT only when it is certain; the default is MAYBE, the safe
	 * answer.
	 */
	public ProxmoxException(Kind kind, int status, String message, Throwable cause, Delivery delivery) {
		super(message, cause);
		this.kind = kind;
		this.status = status;
		this.delivery = delivery;
	}

	public ProxmoxException(Kind kind, int status, String message) {
		this(kind, status, message, null);
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * PVE's 501: the endpoint or method does not exist in this release (or the path is
	 * wrong).
	 */
	public boolean notImplemented() {
		return this.status == 501;
	}

	public Delivery delivery() {
		return this.delivery;
	}

	/** The HTTP status PVE answered, or 0 when there was no HTTP answer. */
	public int status() {
		return this.status;
	}

}
