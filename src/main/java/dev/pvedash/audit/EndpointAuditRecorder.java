package dev.pvedash.audit;

import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.pvedash.inventory.EndpointChanged;

/**
 * One row when PVE starts refusing the dashboard (token, privilege, certificate) and one
 * when it accepts it again: the owner sees when a token was revoked or a certificate
 * changed, once, not once a poll (docs/security.md, F5 and F7). Plain unreachability is
 * not a security event and stays on the pages.
 */
@Component
class EndpointAuditRecorder {

	/**
	 * ProxmoxException kinds that mean PVE refused us, rather than could not be reached.
	 */
	private static final Set<String> REFUSALS = Set.of("AUTHENTICATION", "PERMISSION", "TLS");

	private static final String TARGET = "Proxmox VE";

	private final AuditRepository repository;

	EndpointAuditRecorder(AuditRepository repository) {
		this.repository = repository;
	}

	@EventListener
	void changed(EndpointChanged event) {
		if (event.errorKind() != null && REFUSALS.contains(event.errorKind())) {
			this.repository.append(event.at(), "system", null, AuditKind.PVE_REFUSED, TARGET, AuditOutcome.FAILURE,
					event.errorKind() + ": " + event.message());
		}
		else if (event.recovered() && REFUSALS.contains(event.previousKind())) {
			this.repository.append(event.at(), "system", null, AuditKind.PVE_ACCEPTED, TARGET, AuditOutcome.OK,
					"answers again after " + event.previousKind());
		}
	}

}
