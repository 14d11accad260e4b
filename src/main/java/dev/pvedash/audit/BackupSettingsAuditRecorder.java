package dev.pvedash.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.pvedash.backups.BackupSettingChanged;

/**
 * One row per change of a protection setting, in the change's transaction (see
 * ProtectionSettings).
 */
@Component
class BackupSettingsAuditRecorder {

	private final AuditRepository repository;

	BackupSettingsAuditRecorder(AuditRepository repository) {
		this.repository = repository;
	}

	@EventListener
	void changed(BackupSettingChanged event) {
		this.repository.append(event.at(), event.actor(), event.clientAddress(), AuditKind.BACKUP_SETTING,
				event.setting() + ((event.target() != null) ? " " + event.target() : ""), AuditOutcome.SUCCESS,
				event.value());
	}

}
