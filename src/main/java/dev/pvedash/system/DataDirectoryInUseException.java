package dev.pvedash.system;

import java.nio.file.Path;

/** Thrown at startup when another PVE Dash process holds the data directory. */
public class DataDirectoryInUseException extends IllegalStateException {

	DataDirectoryInUseException(Path dir) {
		super("""

				*** PVE Dash cannot start: data directory %s is in use by another PVE Dash instance. ***
				Stop the other instance, or give this one its own directory with PVEDASH_DATA_DIR.
				""".formatted(dir));
	}

}
