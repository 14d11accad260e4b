package dev.pvedash.backups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.pvedash.inventory.TaskState;

/**
 * Each guest's outcome from the log of one vzdump task, as a pure function. A backup job
 * over several guests runs one task whose UPID names no guest, so the log is the only
 * place that says which guest failed (docs/backups.md, "Backup jobs over several
 * guests"). The wording is pve-manager's {@code PVE/VZDump.pm}, unchanged since PVE 6:
 * {@code INFO: Starting Backup of VM 101 (qemu)}, {@code INFO: Finished Backup of VM 101
 * (00:01:12)}, {@code ERROR: Backup of VM 100 failed - <reason>}, {@code WARN: <text>}
 * from the guest's plugin, and {@code ERROR: Backup job failed - <reason>} when the whole
 * job died.
 */
final class VzdumpLog {

	/**
	 * The prefix vzdump gives each line; its own per-guest log files also start with a
	 * timestamp.
	 */
	private static final Pattern LINE = Pattern
		.compile("^(?:\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d )?(INFO|WARN|ERROR): ?(.*)$");

	private static final Pattern STARTED = Pattern.compile("^Starting Backup of VM (\\d+)\\b.*");

	private static final Pattern FINISHED = Pattern.compile("^Finished Backup of VM (\\d+)\\b.*");

	private static final Pattern FAILED = Pattern.compile("^Backup of VM (\\d+) failed - (.*)$");

	private static final Pattern JOB_FAILED = Pattern.compile("^Backup job failed - (.*)$");

	private VzdumpLog() {
	}

	/** Per vmid, in the order the log names them. */
	static Map<Integer, Outcome> outcomes(List<String> lines) {
		Map<Integer, Guest> guests = new LinkedHashMap<>();
		Guest current = null;
		String jobError = null;
		for (String raw : lines) {
			Matcher line = LINE.matcher((raw != null) ? raw.strip() : "");
			if (!line.matches()) {
				continue; // TASK OK / TASK ERROR and program output without a prefix
			}
			String level = line.group(1);
			String text = line.group(2).strip();
			Matcher m;
			if ((m = STARTED.matcher(text)).matches()) {
				current = guests.computeIfAbsent(Integer.valueOf(m.group(1)), vmid -> new Guest());
			}
			else if ((m = FINISHED.matcher(text)).matches()) {
				guests.computeIfAbsent(Integer.valueOf(m.group(1)), vmid -> new Guest()).finished = true;
			}
			else if (level.equals("ERROR") && (m = FAILED.matcher(text)).matches()) {
				// a guest vzdump cannot find fails without a "Starting" line, so it may
				// be new here
				guests.computeIfAbsent(Integer.valueOf(m.group(1)), vmid -> new Guest()).error = m.group(2).strip();
			}
			else if (level.equals("ERROR") && (m = JOB_FAILED.matcher(text)).matches()) {
				jobError = m.group(1).strip();
			}
			else if (text.startsWith("Backup job finished")) {
				current = null; // the job's closing lines belong to no guest
			}
			else if (level.equals("WARN") && current != null && current.warning == null && !text.isEmpty()) {
				// a warning after "Finished" (e.g. the PBS log upload) still belongs to
				// that guest
				current.warning = text;
			}
		}
		Map<Integer, Outcome> outcomes = new LinkedHashMap<>();
		String unfinished = jobError;
		guests.forEach((vmid, guest) -> outcomes.put(vmid, guest.outcome(unfinished)));
		return outcomes;
	}

	enum Result {

		OK, WARNING, FAILED,
		/**
		 * Started but neither finished nor failed: the worker died, or the job failed
		 * around it.
		 */
		UNFINISHED

	}

	/**
	 * One guest's part; {@code text} is PVE's reason for FAILED, the first warning for
	 * WARNING, the job's own error (or null) for UNFINISHED.
	 */
	record Outcome(Result result, String text) {

		/** The task's end as the inventory says it, as the last-task table keeps it. */
		TaskState status() {
			return switch (this.result) {
				case OK -> TaskState.OK;
				case WARNING -> TaskState.WARNINGS;
				case FAILED, UNFINISHED -> TaskState.FAILED;
			};
		}

	}

	private static final class Guest {

		private boolean finished;

		private String error;

		private String warning;

		Outcome outcome(String jobError) {
			if (this.error != null) {
				return new Outcome(Result.FAILED, this.error);
			}
			if (!this.finished) {
				return new Outcome(Result.UNFINISHED, jobError);
			}
			return (this.warning != null) ? new Outcome(Result.WARNING, this.warning) : new Outcome(Result.OK, null);
		}

	}

}
