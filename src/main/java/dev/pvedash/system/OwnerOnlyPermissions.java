package dev.pvedash.system;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory holds the password hashes, so only its owner may enter it: the
 * directory 0700, every file in it 0600 (docs/sign-in.md). Java has no umask, and H2
 * creates its files with the process's default (often 0644), so the guard is the
 * directory's own mode, set before H2 runs: with 0700 nobody else can reach a file
 * inside, whatever its mode. The files are tightened as well, at start and once the
 * database is open, so a copy or a later chmod of the directory does not expose them. On
 * a filesystem without POSIX permissions (Windows) this only logs that it was skipped.
 */
final class OwnerOnlyPermissions {

	private static final Logger log = LoggerFactory.getLogger(OwnerOnlyPermissions.class);

	static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private OwnerOnlyPermissions() {
	}

	static boolean supported() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	/** Creates the directory 0700, or tightens an existing looser one with a warning. */
	static void directory(Path dir) throws IOException {
		if (!supported()) {
			Files.createDirectories(dir);
			log.info("The data directory {} is not on a POSIX filesystem: its permissions are left as they are", dir);
			return;
		}
		if (!Files.isDirectory(dir)) {
			Files.createDirectories(dir.toAbsolutePath().getParent());
			Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
			Files.setPosixFilePermissions(dir, DIRECTORY); // the umask may have taken
															// bits away, never added
			return;
		}
		try {
			tighten(dir, DIRECTORY, true);
		}
		catch (IOException ex) {
			log.warn("Cannot make the data directory {} owner-only ({}): other local users may read the password "
					+ "hashes in it. Run 'chmod 700 {}' as its owner.", dir, ex.getMessage(), dir);
		}
	}

	/**
	 * Every regular file directly in the directory (database, lock, trace) to 0600.
	 * {@code found} files were there before this start, so a looser mode is a finding
	 * (WARN); otherwise H2 just made them (INFO).
	 */
	static void files(Path dir, boolean found) {
		if (!supported() || !Files.isDirectory(dir)) {
			return;
		}
		try (Stream<Path> listing = Files.list(dir)) {
			listing.filter(Files::isRegularFile).forEach(file -> {
				try {
					tighten(file, FILE, found);
				}
				catch (IOException ex) {
					log.warn("Cannot make {} readable by its owner only ({}); anyone who can enter {} can read it",
							file, ex.getMessage(), dir);
				}
			});
		}
		catch (IOException ex) {
			log.warn("Cannot list the data directory {} to check its files' permissions: {}", dir, ex.getMessage());
		}
	}

	/** The attribute a new file in the directory gets, where POSIX permissions exist. */
	static FileAttribute<?>[] newFile() {
		return supported() ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(FILE) }
				: new FileAttribute<?>[0];
	}

	private static void tighten(Path path, Set<PosixFilePermission> wanted, boolean found) throws IOException {
		Set<PosixFilePermission> actual = Files.getPosixFilePermissions(path);
		if (wanted.equals(actual)) {
			return;
		}
		Files.setPosixFilePermissions(path, wanted);
		if (found) {
			log.warn("{} had permissions {}; tightened to {} so that only its owner can read the data", path,
					PosixFilePermissions.toString(actual), PosixFilePermissions.toString(wanted));
		}
		else {
			log.info("{} was created {}; set to {}", path, PosixFilePermissions.toString(actual),
					PosixFilePermissions.toString(wanted));
		}
	}

}
