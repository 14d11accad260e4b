package dev.pvedash.inventory;

import dev.pvedash.proxmox.ExitStatus;
import dev.pvedash.proxmox.TaskEntry;

/**
 * Where a PVE task stands: running, or how it ended ({@link ExitStatus.Outcome});
 * {@link #UNKNOWN} when the dashboard cannot know (an action whose request may or may not
 * have reached PVE). Stored by its {@link #word()} in {@code poll_task.status}; pages
 * show the words of {@code task.state.*}.
 */
public enum TaskState {

	RUNNING, OK, WARNINGS, FAILED, UNKNOWN;

	static TaskState of(TaskEntry task) {
		if (task.running()) {
			return RUNNING;
		}
		if (task.exitStatus() == null) {
			return UNKNOWN;
		}
		return switch (task.exitStatus().outcome()) {
			case OK -> OK;
			case WARNINGS -> WARNINGS;
			case FAILED -> FAILED;
		};
	}

	/**
	 * The stored word ({@code running}, {@code ok} …), also the task's badge class on the
	 * guest page.
	 */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * A stored word back; a word this version does not know reads as {@link #UNKNOWN}.
	 */
	public static TaskState fromWord(String word) {
		for (TaskState state : values()) {
			if (state.word().equals(word)) {
				return state;
			}
		}
		return UNKNOWN;
	}

}
