package dev.pvedash.guests;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param criticalTag the PVE tag marking guests (the router) whose power actions need their name typed */
@ConfigurationProperties("pvedash.guests")
record GuestsProperties(@DefaultValue("critical") String criticalTag) {
}
