package dev.pvedash.backups;

import static dev.pvedash.system.TextColumns.clip;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.pvedash.system.UtcColumns;

/** Storages with backup content and their listings, as the sync last read them. */
@Repository
class BackupRepository {

	private final JdbcClient jdbc;

	private final BackupsVersion version;

	BackupRepository(JdbcClient jdbc, BackupsVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	/**
	 * The node's storage list as just read: rows keep their read state; storages gone
	 * from PVE are dropped.
	 */
	@Transactional
	void replaceStorages(String node, List<BackupSource.StorageEntry> storages, Instant now) {
		List<String> ids = storages.stream().map(BackupSource.StorageEntry::storage).toList();
		for (StoredStorage gone : storages(node)) {
			if (!ids.contains(gone.storage())) {
				this.jdbc.sql("delete from backup_storage where node = ? and storage = ?")
					.params(node, gone.storage())
					.update();
				this.jdbc.sql("delete from backup_copy where node = ? and storage = ?")
					.params(gone.copyNode(), gone.storage())
					.update();
			}
		}
		for (BackupSource.StorageEntry s : storages) {
			this.jdbc.sql("""
					merge into backup_storage (node, storage, type, shared, active, enabled, seen_at)
					key (node, storage) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(node, s.storage(), s.type(), s.shared(), s.active(), s.enabled(), UtcColumns.utc(now))
				.update();
		}
		this.version.written();
	}

	/**
	 * A good read: the listing replaces the old one, on every node row of a shared
	 * storage.
	 */
	@Transactional
	void listed(StoredStorage storage, List<BackupSource.BackupEntry> backups, Instant now) {
		this.jdbc.sql("delete from backup_copy where node = ? and storage = ?")
			.params(storage.copyNode(), storage.storage())
			.update();
		for (BackupSource.BackupEntry b : backups) {
			this.jdbc.sql("""
					merge into backup_copy (node, storage, volid, vmid, ctime, size_bytes, format, notes, protected,
					verification, encrypted) key (node, storage, volid) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(storage.copyNode(), storage.storage(), b.volid(), b.vmid(), UtcColumns.utc(b.ctime()), b.size(),
						b.format(), clip(b.notes(), 1024), b.protection(), b.verification(), b.encrypted())
				.update();
		}
		state(storage, UtcColumns.utc(now), null, null, null);
		this.version.written();
	}

	/** A failed read: the last good listing stays, marked by the error. */
	void failed(StoredStorage storage, String kind, String error, Instant retryAfter) {
		state(storage, null, kind, clip(error, 512), UtcColumns.utc(retryAfter));
		this.version.written();
	}

	private void state(StoredStorage storage, OffsetDateTime readAt, String kind, String error,
			OffsetDateTime retryAfter) {
		List<Object> params = new ArrayList<>(Arrays.asList(readAt, kind, error, retryAfter, storage.storage()));
		if (!storage.shared()) {
			params.add(storage.node());
		}
		this.jdbc
			.sql("update backup_storage set read_at = coalesce(?, read_at), error_kind = ?, error = ?, "
					+ "retry_after = ? where storage = ? and " + (storage.shared() ? "shared" : "node = ?"))
			.params(params)
			.update();
	}

	List<StoredStorage> storages() {
		return this.jdbc.sql("select * from backup_storage order by storage, node")
			.query(BackupRepository::storage)
			.list();
	}

	List<StoredStorage> storages(String node) {
		return this.jdbc.sql("select * from backup_storage where node = ? order by storage")
			.param(node)
			.query(BackupRepository::storage)
			.list();
	}

	List<StoredCopy> copies() {
		return this.jdbc.sql("select * from backup_copy order by ctime desc").query(BackupRepository::copy).list();
	}

	List<StoredCopy> copies(int vmid) {
		return this.jdbc.sql("select * from backup_copy where vmid = ? order by ctime desc")
			.param(vmid)
			.query(BackupRepository::copy)
			.list();
	}

	private static StoredStorage storage(ResultSet rs, int row) throws SQLException {
		return new StoredStorage(rs.getString("node"), rs.getString("storage"), rs.getString("type"),
				rs.getBoolean("shared"), rs.getBoolean("active"), rs.getBoolean("enabled"),
				UtcColumns.instant(rs, "read_at"), rs.getString("error_kind"), rs.getString("error"),
				UtcColumns.instant(rs, "retry_after"));
	}

	private static StoredCopy copy(ResultSet rs, int row) throws SQLException {
		return new StoredCopy(rs.getString("node"), rs.getString("storage"), rs.getString("volid"),
				rs.getObject("vmid", Integer.class), UtcColumns.instant(rs, "ctime"),
				rs.getObject("size_bytes", Long.class), rs.getString("format"), rs.getString("notes"),
				rs.getBoolean("protected"), rs.getString("verification"), rs.getBoolean("encrypted"));
	}

}
