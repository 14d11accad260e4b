package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/**
 * Power actions as tasks, each test on a fresh simulator with 50× faster tasks; display
 * names start with the section of docs/proxmox-notes.md, or the upstream source, they
 * check.
 */
class LifecycleTests {

	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension();

	PveSimulator simulator;

	SimulatorHttp client;

	@BeforeEach
	void start() {
		this.simulator = this.simulators.simulator();
		this.client = new SimulatorHttp(this.simulator);
	}

	@Test
	@DisplayName("Tasks and UPIDs: start returns a UPID at once; the task runs, then stops with OK; the VM runs")
	void startLifecycle() {
		// real task durations: the prelaunch phase lasts 2 s, not the fast simulator's 40
		// ms, which a busy machine
		// can miss between the start and the status read
		SimulatorHttp client = new SimulatorHttp(
				this.simulators.start(SimulatorProperties.defaults().withPort(0).withTimeScale(1.0)));
		SimulatorHttp.Response response = client.post("/nodes/pve/qemu/103/status/start", Map.of());
		assertThat(response.status()).isEqualTo(200);
		String upid = response.data().asString();
		assertThat(upid).matches("UPID:pve:[0-9A-F]{8}:[0-9A-F]{8,9}:[0-9A-F]{8}:qmstart:103:pvedash@pve!demo:");
		TaskId parsed = TaskId.parse(upid);
		assertThat(parsed.starttime()).isCloseTo(System.currentTimeMillis() / 1000,
				org.assertj.core.data.Offset.offset(5L));
		JsonNode during = client.data("/nodes/pve/qemu/103/status/current");
		assertThat(during.get("status").asString()).isEqualTo("running");
		assertThat(during.get("qmpstatus").asString()).isEqualTo("prelaunch");

		JsonNode status = client.awaitTask(upid);
		assertThat(status.get("exitstatus").asString()).isEqualTo("OK");
		assertThat(status.get("type").asString()).isEqualTo("qmstart");
		assertThat(status.get("id").asString()).isEqualTo("103");
		assertThat(status.get("user").asString()).isEqualTo("pvedash@pve");
		assertThat(status.get("tokenid").asString()).isEqualTo("demo");
		assertThat(status.get("pstart").isNumber()).isTrue();
		JsonNode after = client.data("/nodes/pve/qemu/103/status/current");
		assertThat(after.get("qmpstatus").asString()).isEqualTo("running");
		assertThat(after.get("pid").isInt()).isTrue();
		JsonNode log = client.data("/nodes/pve/tasks/" + SimulatorHttp.encode(upid) + "/log");
		assertThat(log.get(log.size() - 1).get("t").asString()).isEqualTo("TASK OK");
		JsonNode history = client.data("/nodes/pve/tasks?vmid=103");
		assertThat(history.get(0).get("upid").asString()).isEqualTo(upid);
		assertThat(history.get(0).get("status").asString()).isEqualTo("OK");
		assertThat(history.get(0).has("endtime")).isTrue();
	}

	@Test
	@DisplayName("Tasks and UPIDs: a running task shows only with source=active or all, with status RUNNING")
	void activeTasks() {
		String upid = this.client.post("/nodes/pve/qemu/102/status/shutdown", Map.of()).data().asString();
		assertThat(this.client.data("/nodes/pve/tasks?source=active").get(0).get("status").asString())
			.isEqualTo("RUNNING");
		assertThat(SimulatorHttp.texts(this.client.data("/nodes/pve/tasks"), "upid")).doesNotContain(upid);
		assertThat(
				this.client.data("/nodes/pve/tasks/" + SimulatorHttp.encode(upid) + "/status").get("status").asString())
			.isEqualTo("running");
		assertThat(this.client.awaitTask(upid).get("exitstatus").asString()).isEqualTo("OK");
		assertThat(this.client.data("/nodes/pve/qemu/102/status/current").get("status").asString())
			.isEqualTo("stopped");
		assertThat(this.client.data("/nodes/pve/qemu/102/status/current").has("uptime")).isTrue();
	}

	@Test
	@DisplayName("Actions: start on a running VM is accepted and fails inside the task: 'VM 101 already running'")
	void startRunningFailsInTask() {
		String upid = this.client.post("/nodes/pve/qemu/101/status/start", Map.of()).data().asString();
		JsonNode status = this.client.awaitTask(upid);
		assertThat(status.get("exitstatus").asString()).isEqualTo("VM 101 already running");
		JsonNode log = this.client.data("/nodes/pve/tasks/" + SimulatorHttp.encode(upid) + "/log");
		assertThat(log.get(log.size() - 1).get("t").asString()).isEqualTo("TASK ERROR: VM 101 already running");
		assertThat(this.client.data("/nodes/pve/tasks?errors=1").get(0).get("upid").asString()).isEqualTo(upid);
	}

	@Test
	@DisplayName("Actions: suspend on a stopped VM is an immediate 500 'VM 103 not running'")
	void suspendStoppedIsImmediate() {
		assertThat(this.client.statusLine("POST", "/nodes/pve/qemu/103/status/suspend"))
			.isEqualTo("HTTP/1.1 500 VM 103 not running");
		assertThat(this.client.post("/nodes/pve/qemu/103/status/suspend", Map.of()).data().isNull()).isTrue();
	}

	@Test
	@DisplayName("Reads: suspend to RAM pauses (qmpstatus paused, cluster status paused); resume runs again")
	void suspendAndResume() {
		String pause = this.client.post("/nodes/pve/qemu/101/status/suspend", Map.of()).data().asString();
		assertThat(pause).contains(":qmpause:101:");
		this.client.awaitTask(pause);
		JsonNode paused = this.client.data("/nodes/pve/qemu/101/status/current");
		assertThat(paused.get("status").asString()).isEqualTo("running");
		assertThat(paused.get("qmpstatus").asString()).isEqualTo("paused");
		assertThat(ReadEndpointsTests.find(this.client.data("/cluster/resources?type=vm"), "id", "qemu/101")
			.get("status")
			.asString()).isEqualTo("paused");
		assertThat(this.client.statusLine("POST", "/nodes/pve/qemu/101/status/shutdown"))
			.isEqualTo("HTTP/1.1 500 VM is paused - cannot shutdown");
		String resume = this.client.post("/nodes/pve/qemu/101/status/resume", Map.of()).data().asString();
		assertThat(this.client.awaitTask(resume).get("exitstatus").asString()).isEqualTo("OK");
		assertThat(this.client.data("/nodes/pve/qemu/101/status/current").get("qmpstatus").asString())
			.isEqualTo("running");
	}

	@Test
	@DisplayName("qemu-server vm_suspend: hibernation leaves the VM stopped with lock 'suspended'; passthrough VMs refuse it")
	void suspendToDisk() {
		assertThat(this.client.statusLine("POST", "/nodes/pve/qemu/100/status/suspend?todisk=1"))
			.startsWith("HTTP/1.1 500 cannot suspend VM to disk due to passed-through PCI device(s)");
		String upid = this.client.post("/nodes/pve/qemu/102/status/suspend", Map.of("todisk", "1")).data().asString();
		assertThat(upid).contains(":qmsuspend:102:");
		this.client.awaitTask(upid);
		JsonNode status = this.client.data("/nodes/pve/qemu/102/status/current");
		assertThat(status.get("status").asString()).isEqualTo("stopped");
		assertThat(status.get("lock").asString()).isEqualTo("suspended");
		String resume = this.client.post("/nodes/pve/qemu/102/status/resume", Map.of()).data().asString();
		this.client.awaitTask(resume);
		JsonNode resumed = this.client.data("/nodes/pve/qemu/102/status/current");
		assertThat(resumed.get("qmpstatus").asString()).isEqualTo("running");
		assertThat(resumed.has("lock")).isFalse();
	}

	@Test
	@DisplayName("API viewer, …/status/shutdown: past its timeout fails, or with forceStop ends in WARNINGS: 1 and a stopped VM")
	void shutdownTimeout() {
		String failed = this.client.post("/nodes/pve/qemu/101/status/shutdown", Map.of("timeout", "1"))
			.data()
			.asString();
		assertThat(this.client.awaitTask(failed).get("exitstatus").asString())
			.isEqualTo("VM quit/powerdown failed - got timeout");
		String forced = this.client
			.post("/nodes/pve/qemu/101/status/shutdown", Map.of("timeout", "1", "forceStop", "1"))
			.data()
			.asString();
		assertThat(this.client.awaitTask(forced).get("exitstatus").asString()).isEqualTo("WARNINGS: 1");
		assertThat(this.client.data("/nodes/pve/qemu/101/status/current").get("status").asString())
			.isEqualTo("stopped");
	}

	@Test
	@DisplayName("Actions: containers check their state before forking: start running CT → 500 'CT 200 already running'")
	void containers() {
		assertThat(this.client.statusLine("POST", "/nodes/pve/lxc/200/status/start"))
			.isEqualTo("HTTP/1.1 500 CT 200 already running");
		String upid = this.client.post("/nodes/pve/lxc/201/status/shutdown", Map.of()).data().asString();
		assertThat(upid).contains(":vzshutdown:201:");
		this.client.awaitTask(upid);
		JsonNode stopped = this.client.data("/nodes/pve/lxc/201/status/current");
		assertThat(stopped.get("status").asString()).isEqualTo("stopped");
		assertThat(stopped.get("uptime").asLong()).isZero();
		assertThat(stopped.get("cpu").asInt()).isZero();
		assertThat(this.client.statusLine("POST", "/nodes/pve/lxc/201/status/stop"))
			.isEqualTo("HTTP/1.1 500 CT 201 not running");
		String start = this.client.post("/nodes/pve/lxc/201/status/start", Map.of()).data().asString();
		assertThat(this.client.awaitTask(start).get("exitstatus").asString()).isEqualTo("OK");
	}

	@Test
	@DisplayName("qemu-server vm_start: a template cannot be started (inside the task); reboot keeps the VM running with a new uptime")
	void templateAndReboot() {
		String template = this.client.post("/nodes/pve/qemu/9000/status/start", Map.of()).data().asString();
		assertThat(this.client.awaitTask(template).get("exitstatus").asString())
			.isEqualTo("you can't start a vm if it's a template");
		long before = this.client.data("/nodes/pve/qemu/100/status/current").get("uptime").asLong();
		String reboot = this.client.post("/nodes/pve/qemu/100/status/reboot", Map.of()).data().asString();
		assertThat(this.client.awaitTask(reboot).get("exitstatus").asString()).isEqualTo("OK");
		JsonNode after = this.client.data("/nodes/pve/qemu/100/status/current");
		assertThat(after.get("qmpstatus").asString()).isEqualTo("running");
		assertThat(after.get("uptime").asLong()).isLessThan(before);
	}

	@Test
	@DisplayName("API viewer, skiplock: for root@pam only (400 for a token)")
	void skiplockIsRootOnly() {
		SimulatorHttp.Response response = this.client.post("/nodes/pve/qemu/101/status/stop", Map.of("skiplock", "1"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get("skiplock").asString())
			.isEqualTo("Only root may use this option.");
	}

}
