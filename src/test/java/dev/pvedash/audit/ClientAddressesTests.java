package dev.pvedash.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressesTests {

	@ParameterizedTest
	@CsvSource({ "0:0:0:0:0:0:0:1, ::1", "fe80:0:0:0:a00:27ff:fe4e:66a1, fe80::a00:27ff:fe4e:66a1",
			"2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1", "2001:db8:1:0:1:2:3:4, 2001:db8:1:0:1:2:3:4",
			"0:0:0:0:0:0:0:0, ::", "192.168.1.20, 192.168.1.20", "unknown, unknown" })
	void ipv6IsShortenedAndEverythingElseKept(String raw, String expected) {
		assertThat(ClientAddresses.canonical(raw)).isEqualTo(expected);
	}

}
