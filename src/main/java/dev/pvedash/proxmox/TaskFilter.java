package dev.pvedash.proxmox;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which tasks {@code GET /nodes/{node}/tasks} returns (docs/proxmox-notes.md, Tasks and
 * UPIDs); null means PVE's default. Start from {@link #all()} and narrow:
 * {@code TaskFilter.all().withVmid(101).withLimit(20)}.
 *
 * @param typefilter a worker type such as {@code qmstart} or {@code vzdump}
 * @param source PVE's default is {@link Source#ARCHIVE} (finished tasks only)
 * @param limit PVE's default is 50
 * @param start offset for paging
 * @param errors only failed tasks
 */
public record TaskFilter(@Nullable Integer vmid, @Nullable String typefilter, @Nullable Instant since,
		@Nullable Instant until, @Nullable Source source, @Nullable Integer limit, @Nullable Integer start,
		boolean errors) {

	private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	public enum Source {

		ARCHIVE, ACTIVE, ALL

	}

	public TaskFilter {
		if (vmid != null) {
			Paths.vmid(vmid);
		}
		if (typefilter != null && !TYPE.matcher(typefilter).matches()) {
			throw new IllegalArgumentException("Invalid task type '" + typefilter + "'");
		}
		if ((limit != null && limit < 0) || (start != null && start < 0)) {
			throw new IllegalArgumentException("Task limit and start must not be negative");
		}
	}

	public static TaskFilter all() {
		return new TaskFilter(null, null, null, null, null, null, null, false);
	}

	public TaskFilter withVmid(int vmid) {
		return new TaskFilter(vmid, this.typefilter, this.since, this.until, this.source, this.limit, this.start,
				this.errors);
	}

	public TaskFilter withType(String type) {
		return new TaskFilter(this.vmid, type, this.since, this.until, this.source, this.limit, this.start,
				this.errors);
	}

	public TaskFilter withSince(Instant since) {
		return new TaskFilter(this.vmid, this.typefilter, since, this.until, this.source, this.limit, this.start,
				this.errors);
	}

	public TaskFilter withUntil(Instant until) {
		return new TaskFilter(this.vmid, this.typefilter, this.since, until, this.source, this.limit, this.start,
				this.errors);
	}

	public TaskFilter withSource(Source source) {
		return new TaskFilter(this.vmid, this.typefilter, this.since, this.until, source, this.limit, this.start,
				this.errors);
	}

	public TaskFilter withLimit(int limit) {
		return new TaskFilter(this.vmid, this.typefilter, this.since, this.until, this.source, limit, this.start,
				this.errors);
	}

	public TaskFilter withStart(int start) {
		return new TaskFilter(this.vmid, this.typefilter, this.since, this.until, this.source, this.limit, start,
				this.errors);
	}

	public TaskFilter onlyErrors() {
		return new TaskFilter(this.vmid, this.typefilter, this.since, this.until, this.source, this.limit, this.start,
				true);
	}

	Params params() {
		return Params.of()
			.put("start", this.start)
			.put("limit", this.limit)
			.put("source", (this.source != null) ? this.source.name().toLowerCase(Locale.ROOT) : null)
			.put("vmid", this.vmid)
			.put("typefilter", this.typefilter)
			.put("since", (this.since != null) ? this.since.getEpochSecond() : null)
			.put("until", (this.until != null) ? this.until.getEpochSecond() : null)
			.flag("errors", this.errors);
	}

}
