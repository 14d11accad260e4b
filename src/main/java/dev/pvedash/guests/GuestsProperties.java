package dev.pvedash.guests;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

/**
 * How guest actions are sent (docs/actions.md, "Time limits").
 *
 * @param criticalTag the PVE tag marking guests (the router) whose power actions need
 * their name typed
 * @param answerWithin how long an action's request waits for PVE's UPID before it answers
 * with the task still "sending"; the call goes on in the background and the task fragment
 * follows it
 * @param senders how many actions may wait for PVE at once; more are queued
 * @param queued how many actions may queue behind them; beyond that an action is refused
 * as not sent
 * @param pageSize how many guests the table shows per page; a few hundred rows per
 * request cost more to render than every other part of the page (docs/benchmarks.md)
 */
@ConfigurationProperties("pvedash.guests")
@Validated
record GuestsProperties(@DefaultValue("critical") String criticalTag, @DefaultValue("2s") Duration answerWithin,
		@DefaultValue("4") int senders, @DefaultValue("16") int queued, @DefaultValue("50") @Positive int pageSize) {
}
