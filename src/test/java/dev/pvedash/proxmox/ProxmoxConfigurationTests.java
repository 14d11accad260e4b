package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import dev.pvedash.proxmox.internal.FakePve;
import dev.pvedash.proxmox.internal.FakePveExtension;
import dev.pvedash.proxmox.internal.PveHttp;

/**
 * Which PVE the app talks to: the configured one, the simulator's demo endpoint, or none
 * (app still starts).
 */
@ExtendWith(OutputCaptureExtension.class)
class ProxmoxConfigurationTests {

	@RegisterExtension
	final FakePveExtension fakePve = new FakePveExtension();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ProxmoxConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	@DisplayName("no URL and no simulator: the app starts, the client fails on use saying what to set")
	void notConfigured() {
		this.runner.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(ProxmoxConnection.class).configured()).isFalse();
			assertThatExceptionOfType(ProxmoxNotConfiguredException.class)
				.isThrownBy(() -> context.getBean(PveHttp.class).get("/version", Map.of()))
				.withMessageContaining("PVEDASH_PROXMOX_URL");
		});
	}

	@Test
	@DisplayName("no URL, simulator present: demo mode, its token and pinned certificate, read only on use")
	void demoMode() throws Exception {
		FakePve pve = this.fakePve.selfSigned();
		pve.enqueue(FakePve.json(200, "{\"data\":{\"version\":\"8.2.4\"}}"));
		DemoEndpoint demo = demoEndpoint(pve);
		this.runner.withBean(DemoEndpoint.class, () -> demo).run(context -> {
			ProxmoxConnection connection = context.getBean(ProxmoxConnection.class);
			assertThat(connection.demo()).isTrue();
			assertThat(connection.trustMode()).isEqualTo(ProxmoxConnection.TrustMode.PINNED);
			assertThat(connection.fingerprint()).contains(pve.fingerprint());
			assertThat(connection.principal()).contains("pvedash@pve!demo");
			assertThat(context.getBean(PveHttp.class).get("/version", Map.of()).path("version").asString())
				.isEqualTo("8.2.4");
		});
		assertThat(pve.server.takeRequest().getHeaders().get("Authorization"))
			.isEqualTo("PVEAPIToken=pvedash@pve!demo=" + FakePve.SECRET);
	}

	@Test
	@DisplayName("a configured URL wins over the simulator")
	void configuredUrlWins() throws Exception {
		FakePve pve = this.fakePve.selfSigned();
		this.runner.withBean(DemoEndpoint.class, () -> demoEndpoint(pve))
			.withPropertyValues("pvedash.proxmox.url=https://pve.lan:8006",
					"pvedash.proxmox.token-id=" + FakePve.TOKEN_ID, "pvedash.proxmox.token-secret=" + FakePve.SECRET)
			.run(context -> {
				ProxmoxConnection connection = context.getBean(ProxmoxConnection.class);
				assertThat(connection.demo()).isFalse();
				assertThat(connection.baseUri()).isEqualTo(URI.create("https://pve.lan:8006"));
				assertThat(connection.authMode()).isEqualTo(ProxmoxConnection.AuthMode.TOKEN);
				assertThat(connection.trustMode()).isEqualTo(ProxmoxConnection.TrustMode.SYSTEM);
			});
	}

	@Test
	@DisplayName("docs/security.md #18: an http: URL stops startup, the message names PVEDASH_PROXMOX_URL")
	void httpUrlStopsStartup() {
		this.runner
			.withPropertyValues("pvedash.proxmox.url=http://pve.lan:8006",
					"pvedash.proxmox.token-id=" + FakePve.TOKEN_ID, "pvedash.proxmox.token-secret=" + FakePve.SECRET)
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()).getMessage())
					.contains("PVEDASH_PROXMOX_URL must start with https://");
			});
	}

	@Test
	@DisplayName("docs/security.md #22: the startup failure report does not print the token secret")
	void startupFailureReportHidesTheSecret(CapturedOutput output) {
		SpringApplication application = new SpringApplication(OnlyProxmox.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
		// the app's Clock bean, registered here: a @Bean in OnlyProxmox would clash with
		// it in web slices, which
		// scan this package
		application.addInitializers(
				(GenericApplicationContext context) -> context.registerBean(Clock.class, Clock::systemUTC));

		// command-line arguments: they outrank application.properties, as environment
		// variables do
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> application.run("--pvedash.proxmox.url=file:///etc/passwd",
					"--pvedash.proxmox.token-id=" + FakePve.TOKEN_ID,
					"--pvedash.proxmox.token-secret=" + FakePve.SECRET));
		assertThat(output).contains("PVEDASH_PROXMOX_URL").doesNotContain(FakePve.SECRET);
	}

	private static DemoEndpoint demoEndpoint(FakePve pve) {
		return new DemoEndpoint() {

			@Override
			public URI url() {
				return URI.create(pve.url("localhost"));
			}

			@Override
			public String tokenId() {
				return "pvedash@pve!demo";
			}

			@Override
			public String tokenSecret() {
				return FakePve.SECRET;
			}

			@Override
			public String fingerprint() {
				return pve.fingerprint().replace(":", "").toLowerCase();
			}

		};
	}

	@Configuration(proxyBeanMethods = false)
	@Import(ProxmoxConfiguration.class)
	static class OnlyProxmox {

	}

}
