package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SnapshotTests {

	final FixturePveHttp pve = new FixturePveHttp();

	final ProxmoxClient client = this.pve.client();

	Snapshots qemuSnapshots() {
		this.pve.answer("GET", "/nodes/pve1/qemu/100/snapshot", "pve7/qemu-100-snapshot.json");
		return this.client.snapshots("pve1", GuestType.QEMU, 100);
	}

	// docs/snapshots.md, What PVE sends: the unordered list ends with the "current"
	// pseudo-entry, which is no snapshot
	@Test
	void currentPseudoEntryIsFilteredButItsParentKept() {
		Snapshots snapshots = qemuSnapshots();
		assertThat(snapshots.snapshots()).extracting("name")
			.containsExactly("installed", "experiment_2", "before-upgrade", "half-done");
		assertThat(snapshots.currentParent()).isEqualTo("before-upgrade");
		assertThat(snapshots.isEmpty()).isFalse();
	}

	// docs/snapshots.md, What PVE sends: vmstate 0/1, description "" = none, snapstate
	// while half-done
	@Test
	void snapshotFields() {
		List<Snapshot> list = qemuSnapshots().snapshots();
		assertThat(list).extracting("name", "vmstate", "description", "snaptime", "incomplete")
			.containsExactly(tuple("installed", false, null, Instant.ofEpochSecond(1700000000), false),
					tuple("experiment_2", false, "dead end", Instant.ofEpochSecond(1700000200), false),
					tuple("before-upgrade", true, "apt full-upgrade\nkernel 6.2", Instant.ofEpochSecond(1700000300),
							false),
					tuple("half-done", false, null, Instant.ofEpochSecond(1700000400), true));
		assertThat(list.get(0).parent()).isNull();
	}

	// docs/pve-backups-and-snapshots.md, Snapshots: tree by parent links, roots without;
	// "you are here" under currentParent
	@Test
	void tree() {
		List<SnapshotTree> tree = qemuSnapshots().tree();
		assertThat(tree).singleElement().satisfies((root) -> {
			assertThat(root.snapshot().name()).isEqualTo("installed");
			assertThat(root.current()).isFalse();
			assertThat(root.children()).extracting("snapshot.name", "current")
				.containsExactly(tuple("experiment_2", false), tuple("before-upgrade", true));
			assertThat(root.children().get(1).children()).extracting("snapshot.name").containsExactly("half-done");
			assertThat(root.children().get(0).children()).isEmpty();
		});
	}

	// docs/pve-backups-and-snapshots.md, Snapshots: the line the live state descends
	// from, oldest first; no dead-end branch
	@Test
	void chain() {
		assertThat(qemuSnapshots().chain()).extracting("name").containsExactly("installed", "before-upgrade");
	}

	// docs/snapshots.md, What PVE sends: container snapshots have no vmstate field
	@Test
	void containerSnapshots() {
		this.pve.answer("GET", "/nodes/pve1/lxc/106/snapshot", "pve7/lxc-106-snapshot.json");
		Snapshots snapshots = this.client.snapshots("pve1", GuestType.LXC, 106);
		assertThat(snapshots.snapshots()).singleElement().satisfies((snapshot) -> {
			assertThat(snapshot.name()).isEqualTo("weekly");
			assertThat(snapshot.vmstate()).isFalse();
		});
		assertThat(snapshots.chain()).extracting("name").containsExactly("weekly");
		assertThat(snapshots.tree()).singleElement().satisfies((node) -> assertThat(node.current()).isTrue());
	}

	// docs/snapshots.md, What PVE sends: without snapshots the list holds only "current",
	// which has no parent
	@Test
	void noSnapshots() {
		this.pve.answer("GET", "/nodes/pve1/lxc/107/snapshot", "pve7/lxc-107-snapshot.json");
		Snapshots snapshots = this.client.snapshots("pve1", GuestType.LXC, 107);
		assertThat(snapshots.isEmpty()).isTrue();
		assertThat(snapshots.currentParent()).isNull();
		assertThat(snapshots.tree()).isEmpty();
		assertThat(snapshots.chain()).isEmpty();
	}

	// Defensive: a parent that no longer exists makes a root; a parent cycle cannot loop
	@Test
	void brokenLinksStillGiveEverySnapshotOnce() {
		Snapshots snapshots = Snapshots.from(FixturePveHttp.json("""
				[{"name":"a","snaptime":1,"parent":"b"},{"name":"b","snaptime":2,"parent":"a"},
				 {"name":"orphan","snaptime":3,"parent":"deleted"},
				 {"name":"current","description":"You are here!","parent":"a"}]"""));
		List<SnapshotTree> tree = snapshots.tree();
		assertThat(tree).extracting("snapshot.name").containsExactly("orphan", "a");
		assertThat(tree.get(1).children()).extracting("snapshot.name").containsExactly("b");
		assertThat(snapshots.chain()).extracting("name").containsExactly("b", "a");
	}

}
