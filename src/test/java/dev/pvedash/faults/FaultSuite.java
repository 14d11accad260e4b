package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.pvedash.inventory.Polling;
import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.TestClients;
import dev.pvedash.proxmox.Upid;
import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorProperties;
import dev.pvedash.support.MutableClock;
import dev.pvedash.support.RawHttp;

/**
 * The whole application on its real server, configured for a "real" PVE that is the
 * simulator behind a {@link FaultProxy}: every request the app sends to PVE passes the
 * proxy, which records it and can fail it. Time is a {@link MutableClock}; the poller's
 * tick is off and tests run a cycle when they want one, so the recorded requests are the
 * ones the scenario caused. Background readers that would add their own requests
 * (snapshots, backups, metrics, the probe) are slowed to once an hour. The read timeout
 * is 4 s (the least allowed) instead of 10 s so hang scenarios take seconds. All scenario
 * classes share this one context (and proxy and simulator); each test restores a healthy
 * PVE and a good cycle afterwards and uses its own guest for actions. The scenario ids
 * (F1, F01 in class names) are those of docs/security.md, "Part 2: fault scenarios
 * F1–F17".
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "pvedash.admin.username=" + FaultSuite.ADMIN, "pvedash.admin.password=" + FaultSuite.PASSWORD,
				"pvedash.polling.enabled=false", "pvedash.metrics.enabled=false", "pvedash.backups.enabled=false",
				"pvedash.snapshots.sync-delay=1h", "pvedash.schedules.tick=1h",
				"pvedash.proxmox.probe-initial-delay=1h", "pvedash.proxmox.probe-interval=1h",
				"pvedash.proxmox.read-timeout=4s", "pvedash.proxmox.connect-timeout=1s" })
@Import(FaultSuite.Faults.class)
abstract class FaultSuite {

	static final String ADMIN = "admin";

	static final String PASSWORD = "fault-suite-admin-pw";

	static final PveSimulator SIMULATOR = PveSimulator
		.start(SimulatorProperties.defaults().withPort(0).withTimeScale(0.02), Clock.systemUTC(), null);

	static final FaultProxy PVE = new FaultProxy(SIMULATOR);

	static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	/** The simulator without the proxy: for setting up guest states, never counted. */
	static final ProxmoxClient DIRECT = TestClients.client(SIMULATOR);

	static final FailingDataSource.Switch DISK_FULL = new FailingDataSource.Switch();

	@DynamicPropertySource
	static void pve(DynamicPropertyRegistry registry) {
		registry.add("pvedash.proxmox.url", PVE::url);
		registry.add("pvedash.proxmox.token-id", SIMULATOR::tokenId);
		registry.add("pvedash.proxmox.token-secret", SIMULATOR::tokenSecret);
		registry.add("pvedash.proxmox.fingerprint", PVE::fingerprint);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Faults {

		@Bean
		@Primary
		Clock faultSuiteClock() {
			return CLOCK;
		}

		@Bean
		static FailingDataSource.Wrapper failingDataSource() {
			return new FailingDataSource.Wrapper(DISK_FULL);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	RawHttp browser;

	@BeforeEach
	void healthyAndSignedIn() throws IOException {
		goodCycle();
		this.browser = new RawHttp("127.0.0.1", this.port);
		assertThat(this.browser.login(ADMIN, PASSWORD).header("Location")).endsWith("/");
		PVE.take();
	}

	@AfterEach
	void restore() {
		DISK_FULL.off();
		PVE.reset();
		SIMULATOR.faults().reset();
		goodCycle();
	}

	/** One poller cycle now. */
	void cycle() {
		Polling.cycle(this.context);
	}

	/**
	 * Two failing cycles: the first shows only "retrying…" (a grace for a fault that may
	 * pass by itself), the second the red banner (docs/polling.md, "Staleness and
	 * grace").
	 */
	void failingCycles() {
		cycle();
		cycle();
	}

	/** A minute later, a cycle that succeeds: the last good read is now. */
	void goodCycle() {
		CLOCK.advance(Duration.ofMinutes(1));
		cycle();
	}

	Document page(String path) {
		RawHttp.Response response = get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	RawHttp.Response get(String path) {
		try {
			return this.browser.get(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A form POST as the page's button sends it (CSRF token from the page's meta tag).
	 */
	RawHttp.Response post(String path, String... fields) {
		return postWith(csrf(), path, fields);
	}

	/** The session's CSRF token, as the layout's meta tag carries it. */
	String csrf() {
		return page("/").select("meta[name=csrf-token]").attr("content");
	}

	RawHttp.Response postWith(String token, String path, String... fields) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", token);
		for (int i = 0; i + 1 < fields.length; i += 2) {
			form.put(fields[i], fields[i + 1]);
		}
		try {
			return this.browser.postForm(path, form);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Puts a guest in the wanted power state straight on the simulator (not through the
	 * proxy), waits for the task, and lets a cycle store it, so action scenarios do not
	 * depend on the order the classes run in. An action an earlier test left in flight is
	 * first followed to its end.
	 */
	void guestIs(int vmid, String state) {
		// an action of an earlier test still followed would be joined instead of sent:
		// let it end first
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.jdbc.sql("select count(*) from guest_action where in_flight_vmid = ?")
				.param(vmid)
				.query(Long.class)
				.single() == 0);
		GuestType type = (vmid >= 200 && vmid < 300) ? GuestType.LXC : GuestType.QEMU;
		String now = DIRECT.guestStatus("pve", type, vmid).status();
		if (!state.equals(now)) {
			Upid upid = state.equals("running") ? DIRECT.start("pve", type, vmid) : DIRECT.stop("pve", type, vmid);
			await().atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> !DIRECT.taskStatus(upid).running());
		}
		goodCycle();
		PVE.take();
	}

	/**
	 * The newest action row of a guest: its state (CLAIMED, SENT, OK, FAILED, UNKNOWN…)
	 * and PVE's words.
	 */
	String[] lastAction(int vmid) {
		return this.jdbc.sql("select state, exit_status from guest_action where vmid = ? order by id desc limit 1")
			.param(vmid)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
	}

	/** The task page the action POST redirected to. */
	Document taskPage(RawHttp.Response actionAnswer) {
		assertThat(actionAnswer.status()).isEqualTo(302);
		return page(URI.create(actionAnswer.header("Location")).getPath());
	}

	/**
	 * The texts of the banners saying what the stored data is worth (not the layout's
	 * hidden network alert).
	 */
	static String alerts(Document page) {
		return page.select(".endpoint-state .alert").text();
	}

	/**
	 * Requests whose "METHOD /path" starts with the given prefix, among those the proxy
	 * saw since the last take.
	 */
	static List<String> posts(List<String> requests) {
		return requests.stream().filter(r -> r.startsWith("POST ")).toList();
	}

}
