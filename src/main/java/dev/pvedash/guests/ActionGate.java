package dev.pvedash.guests;

import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import dev.pvedash.inventory.EndpointState;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.system.UserFacingException;

/**
 * The one place that decides whether actions can be sent now (docs/actions.md, step
 * "Gate"): not while the last read of PVE failed in a way the action would fail too
 * (unreachable, hanging, token refused, certificate untrusted), and not for guests of a
 * node PVE reports offline or answered 595 for. Reads only what the poller stored; the
 * buttons and the POST both ask here, so they never disagree.
 */
@Component
class ActionGate {

	// ProxmoxException.Kind names; PERMISSION or SERVER on a read say nothing about
	// whether an action would pass
	private static final Set<String> CLOSING = Set.of("CONNECTION", "TIMEOUT", "AUTHENTICATION", "TLS",
			"NODE_UNREACHABLE");

	private final Inventory inventory;

	ActionGate(Inventory inventory) {
		this.inventory = inventory;
	}

	Optional<ActionsClosed> closed(GuestView guest) {
		EndpointState endpoint = this.inventory.endpoint();
		if (endpoint.failing() && CLOSING.contains(endpoint.errorKind())) {
			String said = (endpoint.errorMessage() != null) ? endpoint.errorMessage() : endpoint.errorKind();
			return Optional.of(new ActionsClosed("guests.gate." + endpoint.errorKind(), said));
		}
		return this.inventory.hosts()
			.stream()
			.filter(host -> host.node().equals(guest.node()) && !host.online())
			.findFirst()
			.map(host -> new ActionsClosed("guests.gate.node-offline", host.node()));
	}

	/** Refuses with 503 and the reason before anything is claimed or sent. */
	void check(GuestView guest) {
		closed(guest).ifPresent(closed -> {
			throw new UserFacingException(HttpStatus.SERVICE_UNAVAILABLE, closed.messageKey(), closed.argument());
		});
	}

}
