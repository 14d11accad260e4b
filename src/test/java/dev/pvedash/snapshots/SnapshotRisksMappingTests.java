package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.Snapshot;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.Homelabs;
import dev.pvedash.support.MutableClock;

/**
 * The warnings are judged from live snapshots read once per committed write of the
 * history (docs/polling.md, "Reading what was stored"): a read after a write sees it,
 * reads between writes share one read, and the clock still moves the warnings without any
 * write.
 */
class SnapshotRisksMappingTests {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	final MutableClock clock = new MutableClock(NOW);

	final FakeInventory inventory = new FakeInventory();

	final SnapshotsVersion version = new SnapshotsVersion();

	SnapshotHistory history;

	SnapshotRisks risks;

	@BeforeEach
	void store() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:snapshots-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(dataSource).load().migrate();
		this.history = new SnapshotHistory(JdbcClient.create((DataSource) dataSource), this.version);
		this.risks = new SnapshotRisks(this.inventory, this.history, this.clock, SnapshotsProperties.defaults(),
				this.version);
		Homelabs.fill(this.inventory, NOW);
	}

	@Test
	void aReadAfterACommittedWriteSeesIt() {
		assertThat(this.risks.current()).isEmpty();
		add(101, "upgrade", NOW.minus(Duration.ofDays(1)), "prepare");
		assertThat(this.risks.current()).extracting(SnapshotWarning::kind).containsExactly("BROKEN");
		assertThat(this.risks.of(101)).extracting(SnapshotWarning::kind).containsExactly("BROKEN");
		long id = this.history.live(101).get(0).id();
		this.history.noticedGone(id, NOW);
		assertThat(this.risks.current()).isEmpty();
		assertThat(this.risks.of(101)).isEmpty();
	}

	@Test
	void readsWithoutAWriteShareOneRead() {
		add(101, "weekly", NOW.minus(Duration.ofDays(1)), null);
		add(102, "broken", NOW.minus(Duration.ofDays(1)), "delete");
		var first = this.risks.current();
		assertThat(this.risks.loads()).isEqualTo(1);
		assertThat(this.risks.current()).isEqualTo(first);
		this.risks.of(101);
		this.risks.of(102);
		assertThat(this.risks.loads()).isEqualTo(1);
		this.history.attribute(this.history.live(101).get(0).id(), new Attribution(MadeBy.DASHBOARD_USER, "admin"));
		this.risks.current();
		assertThat(this.risks.loads()).isEqualTo(2);
	}

	@Test
	void warningsFollowTheClockWithoutAWrite() {
		// the newest snapshot is late past 8 days, the chain long past 60
		add(101, "weekly", NOW.minus(Duration.ofDays(7)), null);
		assertThat(this.risks.current()).isEmpty();
		this.clock.advance(Duration.ofDays(1).plusSeconds(1));
		assertThat(this.risks.current()).singleElement().satisfies(late -> {
			assertThat(late.kind()).isEqualTo("LATE");
			assertThat(late.args()).containsExactly("homeassistant", "weekly", 8L, 8L);
		});
		this.clock.advance(Duration.ofDays(52));
		assertThat(this.risks.current()).extracting(SnapshotWarning::kind).containsExactly("LATE", "LONG_CHAIN");
		assertThat(this.risks.of(101).get(0).args()).containsExactly("homeassistant", "weekly", 60L, 8L);
		assertThat(this.risks.loads()).isEqualTo(1);
	}

	private void add(int vmid, String name, Instant taken, String snapstate) {
		GuestView guest = this.inventory.guest(vmid).orElseThrow().guest();
		this.history.add(guest, new Snapshot(name, null, taken, null, false, snapstate), Attribution.OUTSIDE, taken);
	}

}
