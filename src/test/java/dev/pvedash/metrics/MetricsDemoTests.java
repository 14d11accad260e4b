package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import dev.pvedash.support.PveDashServerTest;
import dev.pvedash.support.RawHttp;

/**
 * docs/metrics.md in demo mode, end to end over HTTP: the backfill makes the charts full
 * shortly after start, the point cap holds, a bad range is refused, and every demo
 * storage gets a forecast.
 */
@PveDashServerTest
class MetricsDemoTests {

	@LocalServerPort
	int port;

	@Autowired
	StorageForecasts forecasts;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void chartsAreFullSoonAfterStart() throws Exception {
		Instant started = Instant.now();
		RawHttp client = new RawHttp("127.0.0.1", this.port);
		client.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			assertThat(filled(client, "/api/metrics/nodes/pve?range=1h", "cpu")).isGreaterThanOrEqualTo(30);
			assertThat(filled(client, "/api/metrics/nodes/pve?range=24h", "cpu")).isGreaterThanOrEqualTo(30);
		});
		long nodeFull = Duration.between(started, Instant.now()).toMillis();
		JsonNode hour = body(client, "/api/metrics/nodes/pve?range=1h", 200);
		long before = 0;
		for (JsonNode point : hour.get("points")) {
			assertThat(point.get("t").asLong()).isGreaterThan(before);
			before = point.get("t").asLong();
		}
		assertThat(body(client, "/api/metrics/nodes/pve?range=1y", 200).get("points").size()).isLessThanOrEqualTo(1000);
		assertThat(body(client, "/api/metrics/nodes/pve?range=2h", 400).get("error").asString()).contains("2h");
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(filled(client, "/api/metrics/guests/101?range=7d", "cpu")).isGreaterThan(100);
			assertThat(this.forecasts.all()).isNotEmpty()
				.allSatisfy((f) -> assertThat(f.state()).isNotEqualTo(StorageForecast.State.NOT_ENOUGH_HISTORY));
		});
		JsonNode storage = body(client, "/api/metrics/storages/pve/local-lvm?range=30d", 200);
		assertThat(storage.get("forecast").get("state").asString()).isIn("FILLING", "NOT_FILLING");
		System.out.printf(
				"Metrics demo: node charts full %d ms after the test started, guest and forecasts %d ms; %s%n",
				nodeFull, Duration.between(started, Instant.now()).toMillis(), this.forecasts.all());
	}

	JsonNode body(RawHttp client, String path, int status) throws Exception {
		RawHttp.Response response = client.get(path);
		assertThat(response.status()).as(path).isEqualTo(status);
		return this.json.readTree(response.body());
	}

	long filled(RawHttp client, String path, String field) throws Exception {
		long count = 0;
		for (JsonNode point : body(client, path, 200).get("points")) {
			count += point.get(field).isNull() ? 0 : 1;
		}
		return count;
	}

}
