package dev.pvedash.backups;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.pvedash.system.UserFacingException;

/**
 * The admin's protection settings. Each change and its audit row (written by the audit
 * module's listener of {@link BackupSettingChanged}) share one transaction: a change that
 * cannot be audited is not made.
 */
@Component
class ProtectionSettings {

	static final int MAX_FRESHNESS_DAYS = 366;

	private final BackupSettingsRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProtectionSettings(BackupSettingsRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/** {@code location} null: the storage type decides again. */
	@Transactional
	void storageLocation(String storage, StorageLocation location, String actor, String address) {
		this.repository.location(storage, location);
		publish(actor, address, "storage-location", storage, (location != null) ? location.name() : "BY_TYPE");
	}

	@Transactional
	void guest(int vmid, Integer freshnessDays, boolean notNeeded, String reason, String actor, String address) {
		if (freshnessDays != null && (freshnessDays < 1 || freshnessDays > MAX_FRESHNESS_DAYS)) {
			throw new UserFacingException(HttpStatus.UNPROCESSABLE_ENTITY, "backups.settings.bad-days",
					MAX_FRESHNESS_DAYS);
		}
		String trimmed = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (notNeeded && trimmed == null) {
			throw new UserFacingException(HttpStatus.UNPROCESSABLE_ENTITY, "backups.settings.reason-needed");
		}
		if (trimmed != null && trimmed.length() > 256) {
			throw new UserFacingException(HttpStatus.UNPROCESSABLE_ENTITY, "backups.settings.reason-too-long");
		}
		this.repository
			.guest(new BackupSettings.GuestSetting(vmid, freshnessDays, notNeeded, notNeeded ? trimmed : null));
		publish(actor, address, "guest", Integer.toString(vmid),
				"freshness " + ((freshnessDays != null) ? freshnessDays + " d" : "global")
						+ (notNeeded ? "; no backup needed: " + trimmed : ""));
	}

	@Transactional
	void excludeTemplates(boolean exclude, String actor, String address) {
		this.repository.excludeTemplates(exclude);
		publish(actor, address, "exclude-templates", null, Boolean.toString(exclude));
	}

	BackupSettings current() {
		return this.repository.load();
	}

	private void publish(String actor, String address, String setting, String target, String value) {
		this.events
			.publishEvent(new BackupSettingChanged(this.clock.instant(), actor, address, setting, target, value));
	}

}
