package dev.pvedash.users;

import java.time.Clock;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import dev.pvedash.system.SecurityHeaders;

/**
 * Who may do what. Every page needs a login except the login and setup pages, static
 * assets and the health status. Roles nest (ADMIN &gt; OPERATOR &gt; VIEWER); state
 * changes are POST or DELETE with a CSRF token, which htmx sends as a header read from
 * the layout's meta tags.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AdminProperties.class, LoginProperties.class, SessionProperties.class,
		PasswordProperties.class })
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			SessionRegistry sessionRegistry, SessionProperties sessionProperties, Clock clock,
			LoginProperties loginProperties, LoginThrottle throttle, ApplicationEventPublisher events,
			SecondFactorLogin secondFactorLogin) {
		RequestMatcher htmx = (request) -> HtmxRequest.fromRequest(request).isHtmxRequest();
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
					.permitAll()
					.requestMatchers("/webjars/**", "/css/**", "/js/**", "/icons/**")
					.permitAll()
					.requestMatchers("/login", "/setup", "/error")
					.permitAll()
					// the second sign-in step: its controller serves only a session whose
					// password step just succeeded
					.requestMatchers("/login/code")
					.permitAll()
					.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
					.permitAll()
					// info (build, Java version) and metrics are admin-only like every
					// endpoint but health (docs/web-security.md)
					.requestMatchers(EndpointRequest.toAnyEndpoint())
					.hasRole("ADMIN")
					.requestMatchers("/users/**", "/settings/**", "/snapshots/schedules/**", "/backups/settings/**")
					.hasRole("ADMIN")
					// snapshot actions and their confirmations: operators only, GETs
					// included
					.requestMatchers("/guests/*/snapshots/**")
					.hasRole("OPERATOR")
					.requestMatchers(HttpMethod.GET, "/**")
					.hasRole("VIEWER")
					.requestMatchers("/account/**")
					.hasRole("VIEWER")
					.anyRequest()
					.hasRole("OPERATOR"));
		http.authenticationManager(authenticationManager);
		http.formLogin(form -> form.loginPage("/login")
			// users with TOTP go on to the code step first (SecondFactorLogin,
			// docs/two-factor.md)
			.successHandler(secondFactorLogin)
			.failureHandler(LoginOutcomeHandlers.failure()));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		// htmx calls (polling fragments) get HX-Refresh instead of the login page swapped
		// into a fragment; the JSON
		// API (charts) a plain 401 instead of a login page it cannot parse
		http.exceptionHandling(
				exceptions -> exceptions.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
					.addEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(), htmx)
					.addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
							PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
					.defaultEntryPoint(RelativeRedirects.loginPage("/login"))
					.build()));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
			.maximumSessions(-1)
			.sessionRegistry(sessionRegistry)
			.expiredSessionStrategy(new ExpiredSessionStrategy()));
		http.addFilterAfter(new SessionLifetimeFilter(sessionProperties, clock), SecurityContextHolderFilter.class);
		// oversized login forms are refused before the throttle or the password encoder
		// sees them (docs/sign-in.md)
		http.addFilterBefore(new LoginFormLimits(loginProperties, throttle, events),
				UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class);
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	AuthenticationManager authenticationManager(DatabaseUserDetailsService userDetails, PasswordEncoder encoder,
			LoginThrottle throttle, ApplicationEventPublisher events) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
		dao.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(dao, throttle));
		DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
		publisher.setAdditionalExceptionMappings(
				Map.of(LoginThrottledException.class, AuthenticationFailureLockedEvent.class));
		manager.setAuthenticationEventPublisher(publisher);
		return manager;
	}

	@Bean
	RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.OPERATOR.name())
			.role(Role.OPERATOR.name())
			.implies(Role.VIEWER.name())
			.build();
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/**
	 * Lets the registry forget sessions the container destroyed (idle timeout, logout).
	 */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoders.delegating();
	}

}
