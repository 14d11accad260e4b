package dev.pvedash.backups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.pvedash.proxmox.ProxmoxException;

/**
 * A hand-filled PVE for the reader: answers or failures per call, and a log of what was
 * asked.
 */
class FakeBackupSource implements BackupSource {

	final Map<String, List<StorageEntry>> storages = new HashMap<>();

	final Map<String, Object> backups = new HashMap<>();

	Object jobs = List.of();

	Object uncovered = List.of();

	/** UPID → its log lines, or a failure to throw. */
	final Map<String, Object> logs = new HashMap<>();

	final List<String> calls = new ArrayList<>();

	static ProxmoxException failure(ProxmoxException.Kind kind, int status, String message) {
		return new ProxmoxException(kind, status, message);
	}

	@Override
	public List<StorageEntry> storages(String node) {
		this.calls.add("storages " + node);
		return this.storages.getOrDefault(node, List.of());
	}

	@Override
	public List<BackupEntry> backups(String node, String storage) {
		this.calls.add("backups " + node + " " + storage);
		return answer(this.backups.getOrDefault(storage, List.of()));
	}

	@Override
	public List<JobEntry> jobs() {
		this.calls.add("jobs");
		return answer(this.jobs);
	}

	@Override
	public List<UncoveredEntry> notBackedUp() {
		this.calls.add("uncovered");
		return answer(this.uncovered);
	}

	/**
	 * Pages the log as PVE does: lines from {@code start}, at most {@code limit}, empty
	 * beyond the end.
	 */
	@Override
	public List<String> taskLog(String upid, int start, int limit) {
		this.calls.add("log " + upid + " " + start);
		List<String> lines = answer(this.logs.getOrDefault(upid, List.of()));
		return lines.subList(Math.min(start, lines.size()), Math.min(start + limit, lines.size()));
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> answer(Object answer) {
		if (answer instanceof ProxmoxException ex) {
			throw ex;
		}
		return (List<T>) answer;
	}

}
