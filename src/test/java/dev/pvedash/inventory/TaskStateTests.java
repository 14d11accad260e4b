package dev.pvedash.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.pvedash.proxmox.ExitStatus;
import dev.pvedash.proxmox.TaskEntry;
import dev.pvedash.proxmox.Upid;

/** A task's state from PVE's task list, and the word poll_task keeps for it. */
class TaskStateTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			true  | -              | RUNNING | running
			false | OK             | OK      | ok
			false | WARNINGS: 2    | WARNINGS| warnings
			false | command failed | FAILED  | failed
			false | -              | UNKNOWN | unknown
			""")
	void fromPvesTaskList(boolean running, String exit, TaskState state, String word) {
		Upid upid = new Upid("pve", 1, 2, Instant.EPOCH, "qmstart", "101", "root@pam");
		TaskEntry task = new TaskEntry(upid, null, running, (exit != null) ? new ExitStatus(exit) : null, null);
		assertThat(TaskState.of(task)).isEqualTo(state);
		assertThat(state.word()).isEqualTo(word);
	}

	@ParameterizedTest
	@EnumSource(TaskState.class)
	void storedWordsReadBack(TaskState state) {
		assertThat(TaskState.fromWord(state.word())).isEqualTo(state);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "stopped", "OK", "-" })
	void wordsThisVersionDoesNotKnowAreUnknown(String word) {
		assertThat(TaskState.fromWord(word)).isEqualTo(TaskState.UNKNOWN);
	}

}
