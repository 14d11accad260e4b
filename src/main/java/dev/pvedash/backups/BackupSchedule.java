package dev.pvedash.backups;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.ProxmoxConnection;

/** Runs the sync's check; it decides itself whether PVE is read (docs/backups.md). */
@Component
class BackupSchedule {

	private final BackupSync sync;

	private final ProxmoxConnection connection;

	private final BackupsProperties properties;

	BackupSchedule(BackupSync sync, ProxmoxConnection connection, BackupsProperties properties) {
		this.sync = sync;
		this.connection = connection;
		this.properties = properties;
	}

	@Scheduled(initialDelay = 5_000, fixedDelayString = "${pvedash.backups.check:30s}")
	void tick() {
		if (this.properties.enabled() && this.connection.configured()) {
			this.sync.check();
		}
	}

}
