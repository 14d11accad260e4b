package dev.pvedash.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;

import dev.pvedash.support.PveDashWebMvcTest;

/**
 * After a start on a fresh data directory (the slice's own, H2 and Flyway included),
 * nobody but the owner can read the password hashes: directory 0700, database and lock
 * files 0600 (docs/sign-in.md).
 */
@PveDashWebMvcTest(ErrorPageController.class)
@Import(DataFilePermissions.class)
class DataDirectoryPermissionsTests {

	@Value("${pvedash.data-dir}")
	Path dataDir;

	@Test
	void theDataDirectoryAndTheDatabaseAreTheOwnersOnly() throws Exception {
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir))).isEqualTo("rwx------");
		List<Path> files;
		try (Stream<Path> listing = Files.list(this.dataDir)) {
			files = listing.filter(Files::isRegularFile).toList();
		}
		assertThat(files).extracting(p -> p.getFileName().toString()).contains("pvedash.mv.db");
		assertThat(files)
			.allSatisfy(file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
				.as(file.toString())
				.isEqualTo("rw-------"));
	}

}
