package dev.pvedash.backups;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

/**
 * How often backups are read and how old a backup may be (docs/backups.md,
 * docs/protection.md).
 *
 * @param interval the periodic full read; also how long an endpoint that answered 403 or
 * 501 is left alone
 * @param check how often the store is looked at for new vzdump tasks and pending re-reads
 * (H2 only, no PVE)
 * @param afterAction wait after the dashboard's own backup ended before its storage is
 * read again
 * @param freshness the global freshness limit of an off-host backup; admins may override
 * it per guest
 * @param pageSize how many guests the {@code /backups} table shows per page; rows cost
 * most of a page's rendering (docs/benchmarks.md)
 */
@Validated
@ConfigurationProperties("pvedash.backups")
record BackupsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("15m") Duration interval,
		@DefaultValue("30s") Duration check, @DefaultValue("10s") Duration afterAction,
		@DefaultValue("8d") Duration freshness, @DefaultValue("50") @Positive int pageSize) {

	static BackupsProperties defaults() {
		return new BackupsProperties(true, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofSeconds(10),
				Duration.ofDays(8), 50);
	}

}
