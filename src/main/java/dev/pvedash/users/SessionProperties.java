package dev.pvedash.users;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Session lifetimes. The idle timeout is applied by the servlet container
 * (server.servlet.session.timeout is bound to it in application.properties); the absolute
 * lifetime, counted from login, by {@link SessionLifetimeFilter}.
 */
@ConfigurationProperties("pvedash.session")
record SessionProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteLifetime) {
}
