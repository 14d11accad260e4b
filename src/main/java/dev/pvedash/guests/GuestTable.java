package dev.pvedash.guests;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.system.Formats;

/**
 * Formats the guests table's rows (see {@link GuestRow}) with the same words and units as
 * the guest page: PVE's state words, "3 % of 2 vCPU", binary byte units.
 */
@Component
class GuestTable {

	private static final String NONE = "—";

	private final MessageSource messages;

	private final Formats fmt;

	GuestTable(MessageSource messages, Formats fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	List<GuestRow> of(List<GuestView> guests, Locale locale) {
		return guests.stream().map((guest) -> row(guest, locale)).toList();
	}

	GuestRow row(GuestView g, Locale locale) {
		String state = g.template() ? text("status.template", locale) : text("guest.state." + g.state(), locale);
		String badge = "badge badge-" + (g.template() || g.stopped() ? "off" : g.running() ? "ok" : "warn");
		String lock = (g.lock() != null) ? text("guests.locked", locale, g.lock()) : null;
		String cpu = g.running()
				? text("guests.cpu", locale, this.fmt.percent(g.cpu()), (g.cpus() != null) ? g.cpus() : NONE) : NONE;
		String mem = g.running() ? this.fmt.bytes(g.mem()) + " / " + this.fmt.bytes(g.maxmem())
				: this.fmt.bytes(g.maxmem());
		return new GuestRow(g, badge, state, lock, cpu, mem, this.fmt.uptime(g.uptime()),
				text("guest.type." + g.type(), locale));
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, NONE, locale);
	}

}
