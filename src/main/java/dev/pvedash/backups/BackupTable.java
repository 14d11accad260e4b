package dev.pvedash.backups;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.pvedash.system.Formats;

/**
 * Formats the {@code /backups} table's rows (see {@link BackupRow}) with the words of
 * {@code backups/parts}' verdict and task, which the guest page's panel still uses.
 */
@Component
class BackupTable {

	private static final String NONE = "—";

	private final MessageSource messages;

	private final Formats fmt;

	BackupTable(MessageSource messages, Formats fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	List<BackupRow> of(List<BackupsPage.GuestRow> rows, Locale locale) {
		return rows.stream().map((row) -> row(row, locale)).toList();
	}

	BackupRow row(BackupsPage.GuestRow row, Locale locale) {
		GuestProtection p = row.protection();
		String excuse = !p.excused() ? null : (p.excuse() != null) ? text("backups.excused", locale, p.excuse())
				: text("backups.excused.template", locale);
		BackupsPage.CopyRow newest = row.newest();
		String where = (newest == null) ? null
				: newest.copy().storage() + " · " + text("backups.location." + newest.location(), locale);
		StoredLastTask t = row.lastTask();
		if (t == null) {
			return new BackupRow(row, "badge badge-" + p.verdict().badge(), verdict(p, locale),
					text(p.messageKey(), locale, p.argArray()), excuse, ago(newest), where, null, null, null, null,
					null);
		}
		String badge = "badge badge-" + (t.succeeded() ? "ok" : t.failed() ? "error" : t.troubled() ? "warn" : "info");
		String note = !t.troubled() ? null
				: (t.exitStatus() != null) ? t.exitStatus() : text("backups.task.unfinished", locale);
		return new BackupRow(row, "badge badge-" + p.verdict().badge(), verdict(p, locale),
				text(p.messageKey(), locale, p.argArray()), excuse, ago(newest), where, badge,
				text("task.state." + t.status(), locale), t.started(), this.fmt.ago(t.started()), note);
	}

	private String verdict(GuestProtection p, Locale locale) {
		return text("backups.verdict." + p.verdict(), locale);
	}

	private String ago(BackupsPage.CopyRow newest) {
		return (newest == null) ? null : this.fmt.ago(newest.copy().ctime());
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, NONE, locale);
	}

}
