package dev.pvedash.snapshots;

import java.util.Optional;

/** The "take a snapshot" form; {@code includeRam} only means something for VMs. */
record SnapshotForm(String name, String description, Boolean includeRam) {

	/**
	 * Long enough for a note, short enough for PVE's config file, which holds every
	 * description.
	 */
	static final int MAX_DESCRIPTION = 1024;

	static SnapshotForm empty() {
		return new SnapshotForm("", "", false);
	}

	/** An unchecked box sends nothing: no RAM. */
	boolean ram() {
		return Boolean.TRUE.equals(this.includeRam);
	}

	String trimmedName() {
		return (this.name == null) ? "" : this.name.strip();
	}

	/** Null when there is none, so PVE gets no empty parameter. */
	String descriptionOrNull() {
		return (this.description == null || this.description.isBlank()) ? null : this.description;
	}

	Optional<String> descriptionProblem() {
		return (this.description != null && this.description.length() > MAX_DESCRIPTION)
				? Optional.of("snapshots.description.too-long") : Optional.empty();
	}

}
