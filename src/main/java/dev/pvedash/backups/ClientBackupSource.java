package dev.pvedash.backups;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.Backup;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.Storage;

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
		throw new ProxmoxException(ProxmoxException.Kind.SERVER, 501, "backup jobs are not read by this build yet");
	}

	@Override
	public List<UncoveredEntry> notBackedUp() {
		throw new ProxmoxException(ProxmoxException.Kind.SERVER, 501, "not-backed-up is not read by this build yet");
	}

	private static BackupEntry entry(Backup b) {
		return new BackupEntry(b.volid(), b.vmid(), b.ctime(), b.size(), b.format(), b.notes(), b.protection(), null,
				false);
	}

}
