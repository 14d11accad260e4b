package dev.pvedash.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates the data directory (owner-only, see {@link OwnerOnlyPermissions}) and takes an
 * exclusive lock on it before any bean (the H2 file database above all) is created, so a
 * second instance on the same directory stops at once with a message that says why,
 * instead of failing later inside H2.
 * <p>
 * The resolved absolute path is pinned as a property, so every later reference (the JDBC
 * URL) sees the same directory even when the configured value contains
 * {@code ${random...}}, as the tests' does.
 */
public class DataDirectoryInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String PROPERTY = "pvedash.data-dir";

	static final String LOCK_FILE = "pvedash.lock";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String configured = environment.getProperty(PROPERTY);
		if (configured == null || configured.isBlank()) {
			return;
		}
		Path dir = Path.of(configured).toAbsolutePath().normalize();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("pvedashDataDirectory", Map.of(PROPERTY, dir.toString())));
		FileLock lock = lock(dir);
		context.addApplicationListener((ContextClosedEvent event) -> release(lock));
	}

	static FileLock lock(Path dir) {
		try {
			// owner-only before H2 creates anything in it (docs/sign-in.md)
			OwnerOnlyPermissions.directory(dir);
			OwnerOnlyPermissions.files(dir, true);
			FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE),
					Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), OwnerOnlyPermissions.newFile());
			FileLock lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new DataDirectoryInUseException(dir);
			}
			return lock;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot use data directory " + dir + ": " + ex.getMessage(), ex);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null; // held by this very JVM: another context of this process uses
							// the directory
		}
	}

	private static void release(FileLock lock) {
		try {
			lock.channel().close();
		}
		catch (IOException ex) {
			// the OS drops the lock with the process anyway
		}
	}

}
