package dev.pvedash.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.pvedash.snapshots.ScheduleChanged;

/**
 * One row per change to a snapshot schedule and per "Run now", written in the change's
 * transaction. The snapshots a run makes are audited as guest actions, by actor
 * {@code schedule:<name>}.
 */
@Component
class ScheduleAuditRecorder {

	private final AuditRepository repository;

	ScheduleAuditRecorder(AuditRepository repository) {
		this.repository = repository;
	}

	@EventListener
	void changed(ScheduleChanged event) {
		this.repository.append(event.at(), event.actor(), event.clientAddress(), AuditKind.of(event.change()),
				"schedule " + event.scheduleName() + " (#" + event.scheduleId() + ")", AuditOutcome.SUCCESS,
				event.detail());
	}

}
