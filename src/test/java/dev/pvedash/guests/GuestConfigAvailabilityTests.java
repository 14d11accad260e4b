package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestDetail.Disk;
import dev.pvedash.inventory.GuestDetail.Nic;
import dev.pvedash.inventory.GuestDetail.PciDevice;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.PveDashWebMvcTest;
import dev.pvedash.support.WithViewer;

/**
 * docs/polling.md, "Per-path back-off": a config PVE refused reads "not available" with
 * PVE's words, not "not read yet"; a stored config summary holds values, which the page
 * formats.
 */
@PveDashWebMvcTest(GuestController.class)
@Import({ GuestPagesSlice.class, FakeInventory.class })
@WithViewer
class GuestConfigAvailabilityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@Test
	void aRefusedConfigIsNotAvailableWithPveWords() {
		this.inventory.readAt(Instant.now());
		this.inventory.guests.add(new GuestDetail(InventoryGuests.guest(310, "qemu", "legacy-vm", "running", null),
				null, null, null, List.of(), List.of(), false, null, false, List.of(), null, null,
				"501 Method 'GET /nodes/pve/qemu/310/config' not implemented"));
		try {
			Document page = Jsoup
				.parse(assertThat(this.mvc.get().uri("/guests/310")).hasStatusOk().bodyText().actual());
			assertThat(page.select(".config-unavailable").text()).startsWith("Not available")
				.contains("501 Method 'GET /nodes/pve/qemu/310/config' not implemented");
			assertThat(page.text()).doesNotContain("not read yet");
		}
		finally {
			this.inventory.guests.removeIf(d -> d.guest().vmid() == 310);
		}
	}

	@Test
	void storedConfigValuesAreFormattedByThePage() {
		this.inventory.readAt(Instant.now());
		this.inventory.guests
			.add(new GuestDetail(InventoryGuests.guest(311, "qemu", "formatted-vm", "running", null), 2, 1, 2048L,
					List.of(new Disk("scsi0", "local-lvm:vm-311-disk-0", 32L << 30), new Disk("ide2", "none", null)),
					List.of(new Nic("net0", "virtio", "vmbr0"), new Nic("net1", "e1000", null)), false, null, false,
					List.of(new PciDevice("hostpci0", "0000:01:00.0"), new PciDevice("hostpci1", "gpu")), null,
					Instant.now()));
		try {
			Document page = Jsoup
				.parse(assertThat(this.mvc.get().uri("/guests/311")).hasStatusOk().bodyText().actual());
			assertThat(page.text()).contains("scsi0: local-lvm:vm-311-disk-0, 32.0 GiB")
				.contains("ide2: none")
				.contains("net0: virtio on vmbr0")
				.contains("net1: e1000")
				.contains("hostpci0: 0000:01:00.0, hostpci1: gpu");
		}
		finally {
			this.inventory.guests.removeIf(d -> d.guest().vmid() == 311);
		}
	}

}
