package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import dev.pvedash.support.PveDashWebMvcTest;
import dev.pvedash.support.WithViewer;

/**
 * The JSON API of docs/metrics.md: shape, the point cap for every range, nulls for gaps,
 * 400s, sign-in.
 */
@PveDashWebMvcTest(MetricsApiController.class)
@Import({ Metrics.class, StorageForecasts.class, MetricStore.class })
@WithViewer
class MetricsApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MetricStore store;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void history() {
		long now = Instant.now().getEpochSecond();
		Entity node = this.store.entity(Kind.NODE, "node/pve", "pve", null, null, null);
		List<Row> minutes = new ArrayList<>();
		for (long t = Tier.MINUTE.bucket(now) - 3_600; t <= now; t += 120) { // every
																				// other
																				// minute:
																				// gaps
																				// between
			Double[] values = new Double[Kind.NODE.fields().size()];
			values[0] = 0.2;
			values[1] = 4e9;
			minutes.add(new Row(t, values, new Double[values.length]));
		}
		this.store.write(Kind.NODE, Tier.MINUTE, node.id(), minutes, true);
		Entity storage = this.store.entity(Kind.STORAGE, "storage/pve/local", "pve", null, null, "local");
		this.store.write(Kind.STORAGE, Tier.TWO_HOURS, storage.id(),
				List.of(new Row(Tier.TWO_HOURS.bucket(now), new Double[] { 5e9, 1e11 }, new Double[] { 6e9, 1e11 })),
				true);
	}

	JsonNode read(String path, int status) {
		return this.json.readTree(assertThat(this.mvc.get().uri(path)).hasStatus(status).bodyText().actual());
	}

	@Test
	void shapeWithEveryFieldInEveryPointAndNullsForGaps() {
		JsonNode body = read("/api/metrics/nodes/pve?range=1h", 200);
		assertThat(body.get("range").asString()).isEqualTo("1h");
		assertThat(body.get("step").asLong()).isEqualTo(60);
		List<String> fields = new ArrayList<>();
		body.get("fields").forEach((field) -> fields.add(field.asString()));
		assertThat(fields).startsWith("cpu", "cpu_max", "mem", "mem_max").contains("netin", "netout_max");
		JsonNode points = body.get("points");
		assertThat(points.size()).isEqualTo(60);
		long before = 0;
		int gaps = 0;
		for (JsonNode point : points) {
			assertThat(point.get("t").asLong()).isGreaterThan(before);
			before = point.get("t").asLong();
			for (String field : fields) {
				assertThat(point.has(field)).as(field).isTrue();
			}
			gaps += point.get("cpu").isNull() ? 1 : 0;
		}
		assertThat(gaps).isBetween(25, 35);
		assertThat(read("/api/metrics/nodes/pve", 200).get("range").asString()).isEqualTo("1h");
	}

	@ParameterizedTest
	@EnumSource(MetricRange.class)
	void atMostAThousandPointsForEveryRange(MetricRange range) {
		for (String path : List.of("/api/metrics/nodes/pve", "/api/metrics/guests/101",
				"/api/metrics/storages/pve/local")) {
			JsonNode body = read(path + "?range=" + range.word(), 200);
			assertThat(body.get("points").size()).isLessThanOrEqualTo(1000).isEqualTo(QueryPlan.of(range).count());
			assertThat(body.get("step").asLong()).isEqualTo(QueryPlan.of(range).step());
		}
	}

	@Test
	void storagesCarryTheirForecastAndUnknownIdsAnswerEmpty() {
		JsonNode storage = read("/api/metrics/storages/pve/local?range=30d", 200);
		assertThat(storage.get("forecast").get("state").asString()).isEqualTo("NOT_ENOUGH_HISTORY");
		assertThat(storage.get("forecast").get("fullInDays").isNull()).isTrue();
		assertThat(storage.get("fields").toString()).isEqualTo("[\"used\",\"used_max\",\"total\",\"total_max\"]");
		JsonNode unknown = read("/api/metrics/guests/4242?range=24h", 200);
		assertThat(unknown.get("points").size()).isEqualTo(144);
		unknown.get("points").forEach((point) -> assertThat(point.get("cpu").isNull()).isTrue());
		assertThat(read("/api/metrics/storages/pve/nosuch", 200).has("forecast")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/metrics/nodes/pve?range=2h", "/api/metrics/nodes/pve?range=1H",
			"/api/metrics/guests/abc?range=1h", "/api/metrics/guests/99", "/api/metrics/guests/1000000000",
			"/api/metrics/nodes/-pve", "/api/metrics/storages/pve/9bad", "/api/metrics/storages/pve_x/local" })
	void badRangesAndIdsAnswer400WithAMessage(String path) {
		JsonNode body = read(path, 400);
		assertThat(body.get("error").asString()).isNotBlank()
			.containsAnyOf("range", "VM ID", "node name", "storage ID");
	}

	@Test
	void rangeMessageSaysWhatIsAllowed() {
		assertThat(read("/api/metrics/nodes/pve?range=2h", 400).get("error").asString())
			.isEqualTo("Unknown range '2h': use 1h, 24h, 7d, 30d or 1y");
	}

	@Test
	@WithAnonymousUser
	void signInRequired() {
		assertThat(this.mvc.get().uri("/api/metrics/nodes/pve")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

}
