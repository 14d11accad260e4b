package dev.pvedash.backups;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.MutableClock;

/**
 * The module's repositories on a fresh, migrated in-memory H2, wired by hand for tests
 * without Spring.
 */
final class BackupStore {

	final JdbcClient jdbc;

	final BackupRepository backups;

	final BackupJobRepository jobs;

	final LastTaskRepository lastTasks;

	final JobTaskRepository jobTasks;

	final BackupSettingsRepository settings;

	final BackupsVersion version = new BackupsVersion();

	BackupStore() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:backups-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(dataSource).load().migrate();
		this.jdbc = JdbcClient.create((DataSource) dataSource);
		this.backups = new BackupRepository(this.jdbc, this.version);
		this.jobs = new BackupJobRepository(this.jdbc, this.version);
		this.lastTasks = new LastTaskRepository(this.jdbc, this.version);
		this.jobTasks = new JobTaskRepository(this.jdbc);
		this.settings = new BackupSettingsRepository(this.jdbc, this.version);
	}

	BackupStates states() {
		return new BackupStates(this.backups, this.jobs, this.lastTasks, this.settings, this.version);
	}

	BackupSync sync(FakeBackupSource source, FakeInventory inventory, MutableClock clock) {
		BackupsProperties properties = BackupsProperties.defaults();
		BackupReader reader = new BackupReader(source, this.backups, this.jobs, properties);
		JobTaskReader jobTaskReader = new JobTaskReader(source, this.jobTasks, this.lastTasks, properties);
		return new BackupSync(inventory, reader, this.backups, this.lastTasks, jobTaskReader, properties, clock);
	}

	Protection protection(FakeInventory inventory, MutableClock clock) {
		return new Protection(inventory, states(), BackupsProperties.defaults(), clock);
	}

	static Duration minutes(long minutes) {
		return Duration.ofMinutes(minutes);
	}

}
