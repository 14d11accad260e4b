package dev.pvedash.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.pvedash.users.SecondFactorChecked;

/**
 * Every second-step code checked (sign-in or re-authentication) becomes a LOGIN_CODE row,
 * like logins do.
 */
@Component
class SecondFactorAuditRecorder {

	private final AuditRepository repository;

	SecondFactorAuditRecorder(AuditRepository repository) {
		this.repository = repository;
	}

	@EventListener
	void codeChecked(SecondFactorChecked event) {
		this.repository.append(event.at(), event.username(), event.clientAddress(), AuditKind.LOGIN_CODE, null,
				AuditOutcome.of(event.outcome()), event.detail());
	}

}
