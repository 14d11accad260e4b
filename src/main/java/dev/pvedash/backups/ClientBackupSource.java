package dev.pvedash.backups;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.Backup;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.Storage;
import dev.pvedash.proxmox.TaskLogLine;
import dev.pvedash.proxmox.Upid;

/** {@link BackupSource} on the real client. */
@Component
class ClientBackupSource implements BackupSource {

	private final ProxmoxClient client;

	ClientBackupSource(ProxmoxClient client) {
		this.client = client;
	}

	@Override
	public List<StorageEntry> storages(String node) {
		return this.client.storages(node)
			.stream()
			.filter(Storage::holdsBackups)
			.map(s -> new StorageEntry(s.storage(), s.type(), s.shared(), s.active(), s.enabled()))
			.toList();
	}

	@Override
	public List<BackupEntry> backups(String node, String storage) {
		return this.client.backups(node, storage, null).stream().map(ClientBackupSource::entry).toList();
	}

	@Override
	public List<JobEntry> jobs() {
		return this.client.backupJobs()
			.stream()
			.map(j -> new JobEntry(j.id(), j.schedule(), j.nextRun(), j.storage(), List.copyOf(j.vmids()), j.all(),
					List.copyOf(j.exclude()), j.pool(), j.enabled(), j.comment()))
			.toList();
	}

	@Override
	public List<UncoveredEntry> notBackedUp() {
		return this.client.notBackedUp()
			.stream()
			.map(g -> new UncoveredEntry(g.vmid(), g.name(), (g.type() != null) ? g.type().wire() : null))
			.toList();
	}

	@Override
	public List<String> taskLog(String upid, int start, int limit) {
		return this.client.taskLog(Upid.parse(upid), start, limit).stream().map(TaskLogLine::text).toList();
	}

	private static BackupEntry entry(Backup b) {
		return new BackupEntry(b.volid(), b.vmid(), b.ctime(), b.size(), b.format(), b.notes(), b.protection(),
				b.verification(), b.encrypted());
	}

}
