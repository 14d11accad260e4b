package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/**
 * Token and ticket authentication as PVE does it; display names start with the section of
 * docs/proxmox-notes.md.
 */
class AuthenticationTests {

	@RegisterExtension
	static final SimulatorExtension simulators = new SimulatorExtension();

	final PveSimulator simulator;

	final SimulatorHttp client;

	AuthenticationTests(PveSimulator simulator, SimulatorHttp client) {
		this.simulator = simulator;
		this.client = client;
	}

	@Test
	@DisplayName("Errors: no credentials → 401 'No ticket' with an empty, non-JSON body")
	void missingCredentials() {
		SimulatorHttp anonymous = client.withHeaders();
		SimulatorHttp.Response response = anonymous.get("/version");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).isEmpty();
		assertThat(anonymous.statusLine("GET", "/version")).isEqualTo("HTTP/1.1 401 No ticket");
	}

	@Test
	@DisplayName("Authentication/Errors: a wrong secret or unknown token id → 401, empty body")
	void wrongToken() {
		SimulatorHttp wrongSecret = client.withHeaders("Authorization",
				"PVEAPIToken=" + simulator.tokenId() + "=00000000-0000-0000-0000-000000000000");
		assertThat(wrongSecret.get("/version").status()).isEqualTo(401);
		assertThat(wrongSecret.get("/version").body()).isEmpty();
		SimulatorHttp wrongId = client.withHeaders("Authorization",
				"PVEAPIToken=other@pve!x=" + simulator.tokenSecret());
		assertThat(wrongId.get("/nodes").status()).isEqualTo(401);
	}

	@Test
	@DisplayName("Authentication: the token header also works with a space after the scheme and URL-escaped")
	void tokenHeaderVariants() {
		String escaped = simulator.tokenId().replace("@", "%40").replace("!", "%21");
		assertThat(client
			.withHeaders("Authorization", "PVEAPIToken " + simulator.tokenId() + "=" + simulator.tokenSecret())
			.get("/version")
			.status()).isEqualTo(200);
		assertThat(client.withHeaders("Authorization", "PVEAPIToken=" + escaped + "=" + simulator.tokenSecret())
			.get("/version")
			.status()).isEqualTo(200);
	}

	@Test
	@DisplayName("Authentication: root@pam logs in with the token secret; the ticket works as cookie; writes need the CSRF header")
	void ticketFlow() {
		SimulatorHttp anonymous = client.withHeaders();
		SimulatorHttp.Response login = anonymous.post("/access/ticket",
				Map.of("username", "root@pam", "password", simulator.tokenSecret()));
		assertThat(login.status()).isEqualTo(200);
		JsonNode data = login.data();
		String ticket = data.get("ticket").asString();
		String csrf = data.get("CSRFPreventionToken").asString();
		assertThat(data.get("username").asString()).isEqualTo("root@pam");
		assertThat(ticket).matches("PVE:root@pam:[0-9A-F]{8}::\\S+");
		assertThat(csrf).matches("[0-9A-F]{8}:\\S+");
		assertThat(data.get("cap").get("vms").get("VM.PowerMgmt").asInt()).isEqualTo(1);
		assertThat(login.raw().headers().firstValue("Set-Cookie")).hasValueSatisfying(
				cookie -> assertThat(cookie).startsWith("PVEAuthCookie=PVE%3Aroot%40pam%3A").contains("secure"));

		String cookie = "PVEAuthCookie=" + SimulatorHttp.encode(ticket);
		SimulatorHttp withTicket = client.withHeaders("Cookie", cookie);
		assertThat(withTicket.get("/cluster/resources").status()).isEqualTo(200);
		SimulatorHttp.Response noCsrf = withTicket.post("/nodes/pve/qemu/103/status/start", Map.of());
		assertThat(noCsrf.status()).isEqualTo(401);
		SimulatorHttp.Response withCsrf = client.withHeaders("Cookie", cookie, "CSRFPreventionToken", csrf)
			.post("/nodes/pve/qemu/100/snapshot", Map.of("snapname", "ticketed"));
		assertThat(withCsrf.status()).isEqualTo(200);
		assertThat(withCsrf.data().asString()).endsWith(":qmsnapshot:100:root@pam:");
		assertThat(client.withHeaders("Authorization", "PVEAuthCookie=" + ticket).get("/version").status())
			.isEqualTo(200);
	}

	@Test
	@DisplayName("Authentication: a live ticket renews itself as password; bad credentials → 401 'authentication failure'")
	void ticketRenewalAndFailure() {
		SimulatorHttp anonymous = client.withHeaders();
		String ticket = anonymous
			.post("/access/ticket", Map.of("username", "root", "realm", "pam", "password", simulator.tokenSecret()))
			.data()
			.get("ticket")
			.asString();
		assertThat(anonymous.post("/access/ticket", Map.of("username", "root@pam", "password", ticket)).status())
			.isEqualTo(200);
		SimulatorHttp.Response refused = anonymous.post("/access/ticket",
				Map.of("username", "root@pam", "password", "wrong"));
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.body()).isEmpty();
		assertThat(client.withHeaders("Cookie", "PVEAuthCookie=PVE:root@pam:00000000::forged").get("/version").status())
			.isEqualTo(401);
	}

	@Test
	@DisplayName("Privileges, /access/permissions: the token holds every privilege on /")
	void permissions() {
		JsonNode root = client.data("/access/permissions").get("/");
		assertThat(root.get("VM.PowerMgmt").asInt()).isEqualTo(1);
		assertThat(root.get("Sys.Audit").asInt()).isEqualTo(1);
		assertThat(client.data("/access/permissions?path=/vms/101").has("/vms/101")).isTrue();
	}

	@Test
	@DisplayName("Privileges/Errors: a read-only token keeps audit privileges only, actions get 403 with PVE's reason")
	void readOnlyToken() {
		PveSimulator readOnly = simulators
			.start(SimulatorProperties.defaults().withTimeScale(SimulatorExtension.FAST).withReadOnlyToken(true));
		SimulatorHttp reader = new SimulatorHttp(readOnly);
		assertThat(reader.data("/access/permissions").get("/").propertyNames()).containsExactlyInAnyOrder(
				"Datastore.Audit", "Mapping.Audit", "Pool.Audit", "SDN.Audit", "Sys.Audit", "VM.Audit");
		assertThat(reader.get("/nodes/pve/qemu/100/status/current").status()).isEqualTo(200);
		assertThat(reader.statusLine("POST", "/nodes/pve/qemu/100/status/shutdown"))
			.isEqualTo("HTTP/1.1 403 Permission check failed (/vms/100, VM.PowerMgmt)");
	}

}
