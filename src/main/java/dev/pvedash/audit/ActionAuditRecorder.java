package dev.pvedash.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.pvedash.guests.GuestActionEnded;
import dev.pvedash.guests.GuestActionRequested;

/**
 * Two rows per guest action (power, snapshot or backup): the request, written in the
 * claim's transaction before PVE hears of it (if it cannot be written, the action is not
 * sent), and the result with UPID, exit status and duration.
 */
@Component
class ActionAuditRecorder {

	private final AuditRepository repository;

	ActionAuditRecorder(AuditRepository repository) {
		this.repository = repository;
	}

	@EventListener
	void requested(GuestActionRequested event) {
		this.repository.append(event.at(), event.actor(), event.clientAddress(), AuditKind.of(event.action()),
				target(event.vmid(), event.guestName(), event.node(), event.detail()), AuditOutcome.REQUESTED,
				"action #" + event.actionId());
	}

	@EventListener
	void ended(GuestActionEnded event) {
		StringBuilder detail = new StringBuilder("action #").append(event.actionId());
		detail.append("; UPID ").append((event.upid() != null) ? event.upid() : "none");
		if (event.exitStatus() != null) {
			detail.append("; exit status ").append(event.exitStatus());
		}
		detail.append("; took ").append(event.duration().toMillis() / 1000.0).append(" s");
		this.repository.append(event.at(), event.actor(), event.clientAddress(), AuditKind.of(event.action()),
				target(event.vmid(), event.guestName(), event.node(), event.detail()), AuditOutcome.of(event.outcome()),
				detail.toString());
	}

	/**
	 * "101 homeassistant on pve", with the snapshot or storage acted on: "… on pve:
	 * weekly-3".
	 */
	private static String target(int vmid, String name, String node, String detail) {
		return vmid + ((name != null) ? " " + name : "") + " on " + node + ((detail != null) ? ": " + detail : "");
	}

}
