package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpidTests {

	static final String DOC_EXAMPLE = "UPID:pve1:0020C066:042DF204:69C26EB0:qmstart:100:root@pam:";

	// docs/proxmox-notes.md, Tasks and UPIDs: the shape, on an example
	@Test
	void parsesEveryPart() {
		Upid upid = Upid.parse(DOC_EXAMPLE);
		assertThat(upid.node()).isEqualTo("pve1");
		assertThat(upid.pid()).isEqualTo(0x0020C066L);
		assertThat(upid.pstart()).isEqualTo(0x042DF204L);
		assertThat(upid.starttime()).isEqualTo(Instant.ofEpochSecond(0x69C26EB0L));
		assertThat(upid.type()).isEqualTo("qmstart");
		assertThat(upid.id()).isEqualTo("100");
		assertThat(upid.user()).isEqualTo("root@pam");
		assertThat(upid.vmid()).isEqualTo(100);
	}

	// pve-common PVE/Tools.pm (upid_decode): token user, pstart grown to 9 digits, empty
	// id (vzdump without vmid)
	@ParameterizedTest
	@ValueSource(strings = { DOC_EXAMPLE, "UPID:pve:000A1B2C:01F4E5D6:66F1A2B3:qmshutdown:101:dash@pve!poller:",
			"UPID:pve:000A1B2F:1A2B3C4D5:66F1A2B6:qmstart:101:dash@pve!poller:",
			"UPID:node-2:00001234:00ABCDEF:66F1A2B7:vzdump::root@pam:",
			"UPID:pve:00001234:00ABCDEF:66F1A2B8:aptupdate::root@pam:" })
	void toStringGivesBackTheExactUpid(String text) {
		assertThat(Upid.parse(text).toString()).isEqualTo(text);
		assertThat(Upid.parse(text)).isEqualTo(Upid.parse(text));
	}

	@Test
	void emptyIdHasNoVmid() {
		assertThat(Upid.parse("UPID:pve:00001234:00ABCDEF:66F1A2B7:vzdump::root@pam:").vmid()).isNull();
	}

	// pve-common PVE/Tools.pm (upid_encode, upid_decode): anything PVE would not write is
	// rejected
	@ParameterizedTest
	@ValueSource(strings = { "", "OK", "UPID:", "upid:pve1:0020C066:042DF204:69C26EB0:qmstart:100:root@pam:",
			"UPID:pve1:0020C066:042DF204:69C26EB0:qmstart:100:root@pam",
			"UPID:pve1:0020c066:042DF204:69C26EB0:qmstart:100:root@pam:",
			"UPID:pve1:20C066:042DF204:69C26EB0:qmstart:100:root@pam:",
			"UPID:pve1:0020C066:042DF204:69C26EB0:qmstart:100:root@pam:extra:",
			"UPID:pve1:0020C066:042DF204:69C26EB0::100:root@pam:", "UPID:pve1:0020C066:042DF204:69C26EB0:qmstart:100::",
			"UPID:../etc:0020C066:042DF204:69C26EB0:qmstart:100:root@pam:",
			"UPID:-pve:0020C066:042DF204:69C26EB0:qmstart:100:root@pam:",
			"UPID:pve1:0020C066:042DF204:69C26EB0:qm start:100:root@pam:",
			"UPID:pve1:0020C066:0042DF204:69C26EB0:qmstart:100:root@pam:",
			"UPID:pve1:0020C066:1042DF2045:69C26EB0:qmstart:100:root@pam:",
			"UPID:pve1:0020C066:042DF204:69C26EB0:qmstart:100:root@pam:\n",
			" UPID:pve1:0020C066:042DF204:69C26EB0:qmstart:100:root@pam:" })
	void rejectsGarbage(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Upid.parse(text));
	}

	@Test
	void rejectsNull() {
		assertThatIllegalArgumentException().isThrownBy(() -> Upid.parse(null));
	}

	// '@' and '!' are encoded in the path, ':' may stay
	@Test
	void pathEncodesUserAndToken() {
		Upid upid = Upid.parse("UPID:pve:000A1B2C:01F4E5D6:66F1A2B3:qmshutdown:101:dash@pve!poller:");
		assertThat(Paths.task(upid))
			.isEqualTo("/nodes/pve/tasks/UPID:pve:000A1B2C:01F4E5D6:66F1A2B3:qmshutdown:101:dash%40pve%21poller:");
	}

}
