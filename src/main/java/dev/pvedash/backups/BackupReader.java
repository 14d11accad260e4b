package dev.pvedash.backups;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.ProxmoxApiException;
import dev.pvedash.proxmox.ProxmoxException;

/**
 * What one sync reads from PVE and where it goes. Each storage and endpoint is read on
 * its own: a failure is stored with its reason and the last good listing stays. An
 * endpoint that answered 403 (no privilege) or 501 (older PVE) is left alone until the
 * next periodic run instead of being asked again on every trigger.
 */
@Component
class BackupReader {

	private static final Logger log = LoggerFactory.getLogger(BackupReader.class);

	static final String JOBS = "jobs";

	static final String UNCOVERED = "uncovered";

	private final BackupSource source;

	private final BackupRepository backups;

	private final BackupJobRepository jobs;

	private final BackupsProperties properties;

	BackupReader(BackupSource source, BackupRepository backups, BackupJobRepository jobs,
			BackupsProperties properties) {
		this.source = source;
		this.backups = backups;
		this.jobs = jobs;
		this.properties = properties;
	}

	/**
	 * {@code periodic}: the full run (start, every interval) that also retries backed-off
	 * endpoints.
	 */
	void readAll(List<String> online, List<String> offline, Instant now, boolean periodic) {
		var sources = this.jobs.sources();
		for (String node : online) {
			SourceState state = sources.get("storages:" + node);
			if (periodic || state == null || state.retryAfter() == null) {
				endpoint("storages:" + node, now, () -> {
					this.backups.replaceStorages(node, this.source.storages(node), now);
					return null;
				});
			}
		}
		Set<String> sharedDone = new HashSet<>();
		for (StoredStorage storage : this.backups.storages()) {
			if (offline.contains(storage.node()) && !storage.shared()) {
				this.backups.failed(storage, "NODE_OFFLINE", "node " + storage.node() + " is offline", null);
			}
			else if (online.contains(storage.node()) && (!storage.shared() || sharedDone.add(storage.storage()))
					&& (periodic || storage.retryAfter() == null)) {
				read(storage, now);
			}
		}
		if (periodic || noBackoff(sources.get(JOBS))) {
			endpoint(JOBS, now, () -> {
				this.jobs.replaceJobs(this.source.jobs());
				return null;
			});
		}
		if (periodic || noBackoff(sources.get(UNCOVERED))) {
			endpoint(UNCOVERED, now, () -> {
				this.jobs.replaceUncovered(this.source.notBackedUp());
				return null;
			});
		}
	}

	/** One storage's listing, e.g. right after the dashboard's own backup to it. */
	void read(StoredStorage storage, Instant now) {
		try {
			this.backups.listed(storage, this.source.backups(storage.node(), storage.storage()), now);
		}
		catch (ProxmoxException ex) {
			if (!storage.unreadable()) {
				log.warn("Backups on {} (node {}) could not be read ({} {}): {}", storage.storage(), storage.node(),
						ex.kind(), ex.status(), ex.getMessage());
			}
			this.backups.failed(storage, ex.kind().name(), reason(ex), backoff(ex, now));
		}
	}

	private void endpoint(String name, Instant now, Supplier<Void> read) {
		try {
			read.get();
			this.jobs.read(name, now);
		}
		catch (ProxmoxException ex) {
			log.warn("Backup data '{}' could not be read ({} {}): {}", name, ex.kind(), ex.status(), ex.getMessage());
			this.jobs.failed(name, now, ex.kind().name(), reason(ex), backoff(ex, now));
		}
	}

	private Instant backoff(ProxmoxException ex, Instant now) {
		boolean lasting = ex.status() == 403 || ex.status() == 501 || ex.kind() == ProxmoxException.Kind.PERMISSION;
		return lasting ? now.plus(this.properties.interval()) : null;
	}

	private static boolean noBackoff(SourceState state) {
		return state == null || state.retryAfter() == null;
	}

	/**
	 * PVE's own words with the status, e.g. "storage 'usb-backup' is not online (500)".
	 */
	static String reason(ProxmoxException ex) {
		String message = (ex instanceof ProxmoxApiException api && !api.reason().isEmpty()) ? api.reason()
				: (ex.getMessage() != null) ? ex.getMessage() : ex.kind().name();
		return (ex.status() > 0) ? message + " (" + ex.status() + ")" : message;
	}

}
