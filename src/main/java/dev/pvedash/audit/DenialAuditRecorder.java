package dev.pvedash.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.pvedash.users.AccessDenied;

/**
 * One row per 403 of a signed-in user: who, from where, which method and path, and why.
 */
@Component
class DenialAuditRecorder {

	private final AuditRepository repository;

	DenialAuditRecorder(AuditRepository repository) {
		this.repository = repository;
	}

	@EventListener
	void denied(AccessDenied event) {
		this.repository.append(event.at(), event.actor(), event.clientAddress(), AuditKind.ACCESS_DENIED,
				event.method() + " " + event.path(), AuditOutcome.DENIED, event.reason());
	}

}
