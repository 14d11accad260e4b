package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.HostView;
import dev.pvedash.support.FakeInventory;

/**
 * Which stored states close actions, and with which reason (docs/actions.md, step
 * "Gate").
 */
class ActionGateRulesTests {

	@ParameterizedTest(name = "last read {0}, node pve online {1}: {2}")
	@CsvSource(nullValues = "none",
			value = { "none, true, none", "CONNECTION, true, guests.gate.CONNECTION",
					"TIMEOUT, true, guests.gate.TIMEOUT", "AUTHENTICATION, true, guests.gate.AUTHENTICATION",
					"TLS, true, guests.gate.TLS", "NODE_UNREACHABLE, true, guests.gate.NODE_UNREACHABLE",
					"PERMISSION, true, none", "SERVER, true, none", "PROTOCOL, true, none", "BAD_REQUEST, true, none",
					"none, false, guests.gate.node-offline", "CONNECTION, false, guests.gate.CONNECTION" })
	@DisplayName("closed while PVE cannot take an action, or the guest's node is offline")
	void rules(String lastError, boolean nodeOnline, String expected) {
		FakeInventory inventory = new FakeInventory();
		inventory.readAt(Instant.now());
		if (lastError != null) {
			inventory.failing(lastError, "the last read failed");
		}
		inventory.hosts.add(host("pve", nodeOnline));
		inventory.hosts.add(host("pve2", false)); // another node being offline does not
													// matter
		GuestView guest = InventoryGuests.guest(100, "qemu", "pfsense", "running", null);
		assertThat(new ActionGate(inventory).closed(guest).map(ActionsClosed::messageKey).orElse(null))
			.isEqualTo(expected);
	}

	private static HostView host(String node, boolean online) {
		return new HostView(node, online, null, null, null, null, null, null, null, null, null, null, null, List.of(),
				null, null, null, Instant.now());
	}

}
