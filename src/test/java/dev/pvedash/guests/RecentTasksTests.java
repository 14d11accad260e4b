package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.inventory.TaskView;
import dev.pvedash.inventory.TaskState;

/**
 * The guest page's recent tasks: PVE's list plus the dashboard's own tasks not read yet
 * (docs/actions.md).
 */
class RecentTasksTests {

	private static final String READ = "UPID:pve:00001000:00002000:6B116000:qmstart:101:root@pam:";

	private static final String OURS = "UPID:pve:00001001:00002001:6B116100:qmshutdown:101:pvedash@pve!demo:";

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "OK, ok", "FAILED, failed", "RUNNING, running", "CLAIMED, running", "UNKNOWN, unknown" })
	@DisplayName("an own task not yet in PVE's list is shown first, in PVE's words")
	void ownTaskNotYetRead(String state, String status) {
		List<TaskView> merged = RecentTasks.merge(List.of(read()), List.of(own(OURS, state)), 10);
		assertThat(merged).extracting(TaskView::upid).containsExactly(OURS, READ);
		assertThat(merged.get(0).type()).isEqualTo("qmshutdown");
		assertThat(merged.get(0).user()).isEqualTo("pvedash@pve!demo");
		assertThat(merged.get(0).status().word()).isEqualTo(status);
		assertThat(merged.get(0).exitStatus()).isEqualTo("FAILED".equals(state) ? "VM 101 not running" : null);
	}

	@ParameterizedTest(name = "limit {0}")
	@CsvSource({ "1, 1", "2, 1", "10, 1" })
	@DisplayName("a task in both lists is shown once, as PVE lists it; the limit holds")
	void knownTaskOnceAndLimited(int limit, int expected) {
		List<TaskView> merged = RecentTasks.merge(List.of(read()), List.of(own(READ, "OK")), limit);
		assertThat(merged).hasSize(expected);
		assertThat(merged.get(0).user()).isEqualTo("root@pam");
	}

	private static TaskView read() {
		return new TaskView(READ, "pve", 101, "qmstart", "root@pam", Instant.ofEpochSecond(0x6B116000L), null,
				TaskState.OK, "OK");
	}

	private static ActionRecord own(String upid, String state) {
		return new ActionRecord(1, 101, "pve", GuestType.QEMU, "homeassistant", "shutdown", null, "alice", "127.0.0.1",
				Instant.ofEpochSecond(0x6B116100L), upid, ActionState.valueOf(state),
				"FAILED".equals(state) ? "VM 101 not running" : null, null, Instant.ofEpochSecond(0x6B116110L));
	}

}
