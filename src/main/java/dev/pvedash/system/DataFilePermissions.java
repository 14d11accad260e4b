package dev.pvedash.system;

import java.nio.file.Path;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs after every singleton, so after the DataSource and Flyway have made H2 create its
 * database file: that file, created with the process's default mode, becomes 0600 (see
 * {@link OwnerOnlyPermissions}).
 */
@Component
class DataFilePermissions implements SmartInitializingSingleton {

	private final String dataDir;

	DataFilePermissions(@Value("${" + DataDirectoryInitializer.PROPERTY + ":}") String dataDir) {
		this.dataDir = dataDir;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.dataDir.isBlank()) {
			OwnerOnlyPermissions.files(Path.of(this.dataDir), false);
		}
	}

}
