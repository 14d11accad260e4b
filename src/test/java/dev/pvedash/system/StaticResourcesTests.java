package dev.pvedash.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.support.PveDashServerTest;
import dev.pvedash.support.RawHttp;

/**
 * Static files are only our assets and the WebJars, under URLs that change with their
 * content or version, so they are cached for a year; ordinary links are left as written
 * (docs/benchmarks.md, "Pages under load").
 */
@PveDashServerTest
class StaticResourcesTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|icons|webjars)/[^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void assetLinksCarryTheirHashOrVersionAndAreCachedForAYear() throws IOException {
		RawHttp admin = signedIn();
		String page = admin.get("/guests").body();
		List<String> assets = ASSET.matcher(page).results().map((m) -> m.group(1)).toList();
		assertThat(assets).anyMatch((url) -> url.matches("/css/app-[0-9a-f]{32}\\.css"))
			.anyMatch((url) -> url.matches("/js/app-[0-9a-f]{32}\\.js"))
			.anyMatch((url) -> url.matches("/webjars/picocss__pico/[0-9.]+/css/pico\\.min\\.css"));
		for (String url : assets) {
			RawHttp.Response asset = new RawHttp("127.0.0.1", this.port).get(url);
			assertThat(asset.status()).as(url).isEqualTo(200);
			assertThat(asset.header("Cache-Control")).as(url).isEqualTo("max-age=31536000, public, immutable");
		}
	}

	@Test
	void ordinaryLinksAreLeftAsWritten() throws IOException {
		RawHttp admin = signedIn();
		Pattern guestLink = Pattern.compile("href=\"(/guests/101)\"");
		// the demo's guests are listed once the poller's first cycle has stored them
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(guestLink.matcher(admin.get("/guests").body()).find()).isTrue());
	}

	@Test
	void nothingOutsideTheAssetFoldersIsServedAsAFile() throws IOException {
		RawHttp admin = signedIn();
		assertThat(admin.get("/messages.properties").status()).isEqualTo(404);
		assertThat(admin.get("/application.properties").status()).isEqualTo(404);
		assertThat(admin.get("/static/css/app.css").status()).isEqualTo(404);
	}

	@Test
	void pagesAreCompressedForBrowsersThatAskForIt() throws IOException {
		RawHttp.Response page = signedIn().get("/guests", "Accept-Encoding: gzip");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Encoding")).isEqualTo("gzip");
	}

	private RawHttp signedIn() throws IOException {
		RawHttp admin = new RawHttp("127.0.0.1", this.port);
		admin.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		return admin;
	}

}
