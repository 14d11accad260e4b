package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.proxmox.ExitStatus.Outcome;

class TaskTests {

	static final Upid START = Upid.parse(UpidTests.DOC_EXAMPLE);

	static final String STATUS_PATH = "/nodes/pve1/tasks/"
			+ "UPID:pve1:0020C066:042DF204:69C26EB0:qmstart:100:root%40pam:/status";

	final FixturePveHttp pve = new FixturePveHttp();

	final ProxmoxClient client = this.pve.client();

	// docs/proxmox-notes.md, Tasks and UPIDs: running tasks have no exitstatus
	@Test
	void running() {
		this.pve.answer("GET", STATUS_PATH, "pve7/task-status-running.json");
		TaskStatus status = this.client.taskStatus(START);
		assertThat(status.running()).isTrue();
		assertThat(status.exitStatus()).isNull();
		assertThat(status.succeeded()).isFalse();
		assertThat(status.failed()).isFalse();
		assertThat(status.upid()).isEqualTo(START);
	}

	// docs/proxmox-notes.md, Tasks and UPIDs: OK, "WARNINGS: n" succeed; all else,
	// "unexpected status" too, fails
	@ParameterizedTest
	@CsvSource(nullValues = "-", delimiter = '|', value = { "task-status-ok.json|OK|OK|-",
			"task-status-warnings.json|WARNINGS|WARNINGS: 3|3",
			"task-status-error.json|FAILED|can't lock file '/var/lock/qemu-server/lock-100.conf' - got timeout|-",
			"task-status-unexpected.json|FAILED|unexpected status|-" })
	void exitStatuses(String fixture, Outcome outcome, String text, Integer warnings) {
		this.pve.answer("GET", STATUS_PATH, "pve7/" + fixture);
		TaskStatus status = this.client.taskStatus(START);
		assertThat(status.running()).isFalse();
		assertThat(status.exitStatus().outcome()).isEqualTo(outcome);
		assertThat(status.exitStatus().text()).isEqualTo(text);
		assertThat(status.exitStatus().warnings()).isEqualTo(warnings);
		assertThat(status.succeeded()).isEqualTo(outcome != Outcome.FAILED);
		assertThat(status.failed()).isEqualTo(outcome == Outcome.FAILED);
	}

	// docs/proxmox-notes.md, Tasks and UPIDs: status is read on the UPID's node; token
	// tasks report their tokenid
	@Test
	void statusOnTheTasksNode() {
		Upid upid = Upid.parse("UPID:pve:000A1B2C:01F4E5D6:66F1A2B3:qmshutdown:101:dash@pve!poller:");
		this.pve.answer("GET",
				"/nodes/pve/tasks/UPID:pve:000A1B2C:01F4E5D6:66F1A2B3:qmshutdown:101:dash%40pve%21poller:/status",
				"pve8/task-status-token.json");
		TaskStatus status = this.client.taskStatus(upid);
		assertThat(status.tokenId()).isEqualTo("poller");
		assertThat(status.succeeded()).isTrue();
	}

	// docs/proxmox-notes.md, Tasks and UPIDs: history items; status is the exit text,
	// RUNNING for active tasks
	@Test
	void history() {
		this.pve.answer("GET", "/nodes/pve1/tasks", "pve7/tasks.json");
		List<TaskEntry> tasks = this.client.tasks("pve1", TaskFilter.all());
		assertThat(this.pve.lastCall().params()).isEmpty();
		assertThat(tasks).extracting("upid.type", "running", "endtime", "failed")
			.containsExactly(tuple("qmstart", true, null, false),
					tuple("vzdump", false, Instant.ofEpochSecond(1700404300), false),
					tuple("qmsnapshot", false, Instant.ofEpochSecond(1700404236), false),
					tuple("qmstart", false, Instant.ofEpochSecond(1700404481), true));
		assertThat(tasks.get(2).exitStatus().warnings()).isEqualTo(2);
		assertThat(tasks.get(2).tokenId()).isEqualTo("poller");
		assertThat(tasks.get(2).upid().user()).isEqualTo("dash@pve!poller");
		assertThat(tasks.get(3).exitStatus().text()).isEqualTo("VM 100 already running");
		assertThat(tasks.get(1).upid().starttime()).isEqualTo(Instant.ofEpochSecond(1700403968));
	}

	// API viewer, GET /nodes/{node}/tasks: every filter becomes PVE's query parameter;
	// since/until as epoch seconds
	@Test
	void historyFilters() {
		this.pve.answer("GET", "/nodes/pve1/tasks", "pve7/tasks.json");
		TaskFilter filter = TaskFilter.all()
			.withVmid(100)
			.withType("qmstart")
			.withSince(Instant.ofEpochSecond(1700000000))
			.withUntil(Instant.ofEpochSecond(1700500000))
			.withSource(TaskFilter.Source.ALL)
			.withLimit(20)
			.withStart(40)
			.onlyErrors();
		this.client.tasks("pve1", filter);
		assertThat(this.pve.lastCall().params()).isEqualTo(Map.of("vmid", "100", "typefilter", "qmstart", "since",
				"1700000000", "until", "1700500000", "source", "all", "limit", "20", "start", "40", "errors", "1"));
	}

	// API viewer, GET /nodes/{node}/tasks/{upid}/log: log lines n/t; the last says how
	// the task ended
	@Test
	void log() {
		this.pve.answer("GET", STATUS_PATH.replace("/status", "/log"), "pve7/task-log.json");
		List<TaskLogLine> lines = this.client.taskLog(START, 0, 50);
		assertThat(this.pve.lastCall().params()).isEqualTo(Map.of("start", "0", "limit", "50"));
		assertThat(lines).extracting("n", "text")
			.containsExactly(tuple(1, "generating cloud-init ISO"), tuple(2, ""),
					tuple(3, "TASK ERROR: VM 100 already running"));
	}

}
