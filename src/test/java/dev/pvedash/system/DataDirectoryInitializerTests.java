package dev.pvedash.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.File;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A second instance on the same data directory must stop at once and say why
 * (docs/security.md F13).
 */
class DataDirectoryInitializerTests {

	@TempDir
	Path dir;

	@Test
	void createsTheDirectoryAndRefusesASecondHolderInThisProcess() throws Exception {
		Path data = this.dir.resolve("nested/data");
		FileLock first = DataDirectoryInitializer.lock(data);
		try {
			assertThat(data.resolve(DataDirectoryInitializer.LOCK_FILE)).exists();
			assertThatExceptionOfType(DataDirectoryInUseException.class)
				.isThrownBy(() -> DataDirectoryInitializer.lock(data))
				.withMessageContaining(data.toString())
				.withMessageContaining("PVEDASH_DATA_DIR");
		}
		finally {
			first.channel().close();
		}
		DataDirectoryInitializer.lock(data).channel().close(); // free again once released
	}

	@Test
	void refusesWhileAnotherProcessHoldsTheLock() throws Exception {
		Path source = this.dir.resolve("HoldLock.java");
		Files.writeString(source,
				"""
						import java.nio.channels.FileChannel;
						import java.nio.file.*;
						public class HoldLock {
							public static void main(String[] a) throws Exception {
								try (var ch = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
										var lock = ch.lock()) {
									System.out.println("locked");
									System.out.flush();
									System.in.read(); // hold the lock until the test closes our stdin
								}
							}
						}
						""");
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Process holder = new ProcessBuilder(java, source.toString(),
				this.dir.resolve(DataDirectoryInitializer.LOCK_FILE).toString())
			.redirectErrorStream(true)
			.start();
		try {
			assertThat(new String(holder.getInputStream().readNBytes(6))).isEqualTo("locked");
			assertThatExceptionOfType(DataDirectoryInUseException.class)
				.isThrownBy(() -> DataDirectoryInitializer.lock(this.dir));
		}
		finally {
			holder.getOutputStream().close();
			if (!holder.waitFor(10, TimeUnit.SECONDS)) {
				holder.destroyForcibly();
			}
		}
	}

	@Test
	void createsTheDirectoryForTheOwnerOnly() throws Exception {
		Path data = this.dir.resolve("fresh/data");
		DataDirectoryInitializer.lock(data).channel().close();
		assertThat(permissions(data)).isEqualTo("rwx------");
		assertThat(permissions(data.resolve(DataDirectoryInitializer.LOCK_FILE))).isEqualTo("rw-------");
	}

	@Test
	void tightensALooserExistingDirectoryAndTheFilesInIt() throws Exception {
		Path data = Files.createDirectories(this.dir.resolve("old"));
		Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path database = Files.writeString(data.resolve("pvedash.mv.db"), "");
		Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
		DataDirectoryInitializer.lock(data).channel().close();
		assertThat(permissions(data)).isEqualTo("rwx------");
		assertThat(permissions(database)).isEqualTo("rw-------");
	}

	private static String permissions(Path path) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	@Test
	void failureAnalysisTellsWhatToDo() {
		FailureAnalysis analysis = new DataDirectoryFailureAnalyzer()
			.analyze(new IllegalStateException(new DataDirectoryInUseException(this.dir)));
		assertThat(analysis.getDescription()).contains("in use by another PVE Dash instance");
		assertThat(analysis.getAction()).contains("PVEDASH_DATA_DIR");
	}

}
