package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The otpauth URI follows the Key Uri Format; the QR code is a self-contained SVG an img
 * tag can show.
 */
class QrCodesTests {

	@Test
	void otpauthUriNamesIssuerAccountAndTheDefaultsExplicitly() {
		assertThat(QrCodes.otpauthUri("alice@home", "GEZDGNBVGY3TQOJQ"))
			.isEqualTo("otpauth://totp/PVE%20Dash:alice%40home?secret=GEZDGNBVGY3TQOJQ&issuer=PVE%20Dash"
					+ "&algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void qrCodeIsAnSvgDataUriWithAWhiteQuietZoneAndNoScript() {
		String uri = QrCodes.svgDataUri(QrCodes.otpauthUri("alice", Base32.encode(new byte[20])));
		assertThat(uri).startsWith("data:image/svg+xml;base64,");
		String svg = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
				StandardCharsets.UTF_8);
		Document doc = Jsoup.parse(svg, Parser.xmlParser());
		assertThat(doc.select("svg").attr("viewBox")).matches("0 0 \\d+ \\d+");
		assertThat(doc.select("rect").attr("fill")).isEqualTo("#fff");
		assertThat(doc.select("path").attr("d")).startsWith("M4 4h1v1h-1z");
		assertThat(doc.select("script")).isEmpty();
	}

}
