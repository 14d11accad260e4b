package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.pvedash.inventory.CyclePolled;
import dev.pvedash.proxmox.CountingSimulatorClient;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorExtension;
import dev.pvedash.simulator.SimulatorProperties;

/**
 * Backfill and sampling against the simulator over real HTTPS: PVE 8 (70 points per
 * frame) and PVE 9 (finer) layouts, omitted values as gaps, the request cap, and a
 * refused endpoint parked instead of retried.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import(MetricStore.class)
class BackfillSimulatorTests {

	@Autowired
	MetricStore store;

	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension();

	PveSimulator simulator;

	CountingSimulatorClient pve;

	final Clock clock = Clock.systemUTC();

	final MetricsProperties properties = MetricsProperties.defaults();

	Backfill start(String version) {
		this.simulator = this.simulators
			.start(SimulatorProperties.defaults().withPort(0).withTimeScale(0.02).withPveVersion(version), this.clock);
		this.pve = new CountingSimulatorClient(this.simulator);
		return new Backfill(new RrdFill(new RrdReader(this.pve.client()), this.store, this.properties), this.properties,
				this.clock);
	}

	List<Entity> firstSight(Backfill backfill, String prefix) {
		long now = this.clock.instant().getEpochSecond();
		List<Entity> entities = List.of(this.store.entity(Kind.GUEST, prefix + "guest/102", "pve", "qemu", 102, null),
				this.store.entity(Kind.GUEST, prefix + "guest/103", "pve", "qemu", 103, null),
				this.store.entity(Kind.STORAGE, prefix + "storage/pve/local-lvm", "pve", null, null, "local-lvm"),
				this.store.entity(Kind.NODE, prefix + "node/pve", "pve", null, null, null));
		entities.forEach((entity) -> backfill.request(entity, null, now));
		return entities;
	}

	/** Runs until nothing is queued; every run within the cap, nodes first. */
	List<String> drain(Backfill backfill) {
		List<String> first = null;
		for (int run = 0; run < 20 && !backfill.idle(); run++) {
			int sent = backfill.run(this.clock.instant());
			assertThat(sent).isLessThanOrEqualTo(this.properties.backfillCalls());
			if (first == null) {
				first = this.pve.takePaths();
			}
		}
		assertThat(backfill.idle()).isTrue();
		return first;
	}

	MetricSeries series(Kind kind, Entity entity, MetricRange range) {
		QueryPlan plan = QueryPlan.of(range);
		Instant now = this.clock.instant();
		return SeriesBuilder.build(kind, range,
				this.store.read(kind, plan.tier(), entity.id(), plan.first(now), plan.last(now) + plan.step()), now);
	}

	static long filled(MetricSeries series, String field) {
		return series.points().stream().map((p) -> p.values().get(field)).filter(Objects::nonNull).count();
	}

	@Test
	void pve8FramesFillEveryRangeAndStoppedGuestsStayGaps() {
		Backfill backfill = start("8.2.4");
		List<Entity> entities = firstSight(backfill, "8/");
		List<String> firstRun = drain(backfill);
		assertThat(firstRun).hasSize(10).first().isEqualTo("/nodes/pve/rrddata");
		assertThat(firstRun.subList(0, 9)).allMatch("/nodes/pve/rrddata"::equals);
		Entity node = entities.get(3);
		MetricSeries hour = series(Kind.NODE, node, MetricRange.H1);
		assertThat(filled(hour, "cpu")).isGreaterThanOrEqualTo(55);
		assertThat(filled(hour, "netin")).isGreaterThanOrEqualTo(55);
		assertThat(hour.points()).extracting(MetricPoint::t).isSorted();
		assertThat(hour.fields()).doesNotContain("psicpu");
		assertThat(filled(series(Kind.NODE, node, MetricRange.H24), "mem")).isGreaterThanOrEqualTo(140);
		assertThat(filled(series(Kind.NODE, node, MetricRange.D7), "load")).isGreaterThanOrEqualTo(480);
		assertThat(filled(series(Kind.NODE, node, MetricRange.D30), "cpu")).isGreaterThanOrEqualTo(350);
		MetricSeries year = series(Kind.NODE, node, MetricRange.Y1);
		assertThat(year.points()).hasSizeLessThanOrEqualTo(1000);
		assertThat(filled(year, "cpu")).isGreaterThan(700);
		// MAX frames: coarse maxima are at least the averages
		assertThat(year.points()).filteredOn((p) -> p.values().get("cpu") != null)
			.allSatisfy(
					(p) -> assertThat(p.values().get("cpu_max")).isGreaterThanOrEqualTo(p.values().get("cpu") - 1e-6));
		MetricSeries stopped = series(Kind.GUEST, entities.get(1), MetricRange.H24);
		assertThat(filled(stopped, "cpu")).isZero();
		assertThat(filled(stopped, "maxmem")).isGreaterThan(100);
		MetricSeries running = series(Kind.GUEST, entities.get(0), MetricRange.D7);
		assertThat(filled(running, "diskwrite")).isGreaterThan(400);
		assertThat(running.fields()).doesNotContain("memhost");
		assertThat(filled(series(Kind.STORAGE, entities.get(2), MetricRange.D30), "used")).isGreaterThan(300);
	}

	@Test
	void pve9FinerFramesAndPressureAndMemhost() {
		Backfill backfill = start("9.0.3");
		List<Entity> entities = firstSight(backfill, "9/");
		drain(backfill);
		Entity node = entities.get(3);
		assertThat(series(Kind.NODE, node, MetricRange.H1).fields()).contains("psicpu", "psicpu_max", "psiio",
				"psimem");
		assertThat(filled(series(Kind.NODE, node, MetricRange.H24), "psiio")).isGreaterThanOrEqualTo(140);
		assertThat(filled(series(Kind.NODE, node, MetricRange.Y1), "cpu")).isGreaterThan(700);
		assertThat(filled(series(Kind.GUEST, entities.get(0), MetricRange.H24), "memhost")).isGreaterThanOrEqualTo(140);
	}

	@Test
	void refusedEndpointIsParkedNotRetriedEveryRun() {
		Backfill backfill = start("8.2.4");
		this.simulator.faults()
			.failPath(".*/qemu/102/rrddata", 501, "Method 'GET /nodes/pve/qemu/102/rrddata' not implemented");
		Entity guest = this.store.entity(Kind.GUEST, "p/guest/102", "pve", "qemu", 102, null);
		backfill.request(guest, null, this.clock.instant().getEpochSecond());
		assertThat(backfill.run(this.clock.instant())).isEqualTo(1);
		assertThat(backfill.idle()).isTrue();
		backfill.request(guest, null, this.clock.instant().getEpochSecond());
		assertThat(backfill.idle()).isTrue();
		assertThat(this.pve.takePaths()).hasSize(1);
	}

	@Test
	void samplerStoresEachCycleAndAsksForBackfillAtFirstSight() {
		Backfill backfill = start("9.0.3");
		Sampler sampler = new Sampler(this.store, backfill, this.properties);
		ProxmoxClient client = this.pve.client();
		Instant at = this.clock.instant();
		sampler
			.record(new CyclePolled(at, client.clusterResources(), Map.of("pve", client.nodeStatus("pve")), Set.of()));
		sampler.record(new CyclePolled(at.plusSeconds(10), client.clusterResources(),
				Map.of("pve", client.nodeStatus("pve")), Set.of()));
		assertThat(backfill.idle()).isFalse();
		Entity node = this.store.find("node/pve").orElseThrow();
		List<Row> rows = this.store.read(Kind.NODE, Tier.MINUTE, node.id(), at.getEpochSecond() - 60,
				at.getEpochSecond() + 70);
		assertThat(rows).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.avg()[0]).isBetween(0.0, 1.0); // cpu
			assertThat(row.avg()[2]).isGreaterThan(1e9); // memtotal
			assertThat(row.avg()[7]).isNull(); // netin: not in node status, from rrddata
												// only
		});
		Entity stopped = this.store.find("guest/103").orElseThrow();
		assertThat(this.store.read(Kind.GUEST, Tier.MINUTE, stopped.id(), 0, at.getEpochSecond() + 70))
			.allSatisfy((row) -> assertThat(row.avg()[0]).isNull());
		Entity running = this.store.find("guest/102").orElseThrow();
		assertThat(this.store.read(Kind.GUEST, Tier.MINUTE, running.id(), 0, at.getEpochSecond() + 70)).last()
			.satisfies((row) -> assertThat(row.avg()[4]).isNotNull().isGreaterThanOrEqualTo(0.0));
		assertThat(this.store.find("storage/pve/local-lvm")).isPresent();
		assertThat(this.store.find("storage/pve/usb-backup")).isEmpty();
		backfill.run(at.plusSeconds(20));
	}

}
