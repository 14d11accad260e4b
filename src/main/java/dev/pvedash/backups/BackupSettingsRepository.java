package dev.pvedash.backups;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BackupSettingsRepository {

	private static final String EXCLUDE_TEMPLATES = "exclude-templates";

	private final JdbcClient jdbc;

	private final BackupsVersion version;

	BackupSettingsRepository(JdbcClient jdbc, BackupsVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	BackupSettings load() {
		Map<String, StorageLocation> locations = this.jdbc.sql("select * from backup_storage_setting")
			.query((rs, row) -> Map.entry(rs.getString("storage"), StorageLocation.valueOf(rs.getString("location"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<Integer, BackupSettings.GuestSetting> guests = this.jdbc.sql("select * from backup_guest_setting")
			.query((rs, row) -> new BackupSettings.GuestSetting(rs.getInt("vmid"),
					rs.getObject("freshness_days", Integer.class), rs.getBoolean("not_needed"), rs.getString("reason")))
			.list()
			.stream()
			.collect(Collectors.toMap(BackupSettings.GuestSetting::vmid, Function.identity()));
		boolean exclude = this.jdbc.sql("select val from backup_setting where name = ?")
			.param(EXCLUDE_TEMPLATES)
			.query(String.class)
			.optional()
			.map(Boolean::parseBoolean)
			.orElse(false);
		return new BackupSettings(locations, guests, exclude);
	}

	/** {@code location} null removes the override: the storage type decides again. */
	void location(String storage, StorageLocation location) {
		if (location == null) {
			this.jdbc.sql("delete from backup_storage_setting where storage = ?").param(storage).update();
		}
		else {
			this.jdbc.sql("merge into backup_storage_setting (storage, location) key (storage) values (?, ?)")
				.params(storage, location.name())
				.update();
		}
		this.version.written();
	}

	void guest(BackupSettings.GuestSetting setting) {
		this.jdbc.sql("""
				merge into backup_guest_setting (vmid, freshness_days, not_needed, reason) key (vmid)
				values (?, ?, ?, ?)""")
			.params(setting.vmid(), setting.freshnessDays(), setting.notNeeded(), setting.reason())
			.update();
		this.version.written();
	}

	void excludeTemplates(boolean exclude) {
		this.jdbc.sql("merge into backup_setting (name, val) key (name) values (?, ?)")
			.params(EXCLUDE_TEMPLATES, Boolean.toString(exclude))
			.update();
		this.version.written();
	}

}
