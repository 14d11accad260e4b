package dev.pvedash.snapshots;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The create and edit form. Guests come {@code by} "list" ({@code vmids}) or "tag"; the
 * time is a {@code preset} (daily, weekly, monthly at 03:00) or "custom" with
 * {@code cron}. Checks that span fields live in {@link ScheduleFormCheck}.
 */
record ScheduleForm(@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "{schedules.error.name}") String name,
		String by, List<Integer> vmids, String tag, String preset, String cron,
		@NotNull(message = "{schedules.error.keep}") @Min(value = 1,
				message = "{schedules.error.keep}") @Max(value = 100, message = "{schedules.error.keep}") Integer keep,
		String prefix, Boolean includeRam,
		@NotNull(message = "{schedules.error.storage-limit}") @Min(value = 1,
				message = "{schedules.error.storage-limit}") @Max(value = 100,
						message = "{schedules.error.storage-limit}") Integer storageLimit) {

	static final String DAILY = "0 0 3 * * *";

	static final String WEEKLY = "0 0 3 * * SUN";

	static final String MONTHLY = "0 0 3 1 * *";

	ScheduleForm {
		vmids = (vmids != null) ? List.copyOf(vmids) : List.of();
		name = (name != null) ? name.strip() : null;
		prefix = (prefix != null) ? prefix.strip() : null;
		includeRam = Boolean.TRUE.equals(includeRam); // an unticked checkbox sends
														// nothing
	}

	static ScheduleForm empty() {
		return new ScheduleForm("", "list", List.of(), "", "weekly", WEEKLY, 4, "auto-weekly-", false, 95);
	}

	static ScheduleForm of(Schedule schedule) {
		String preset = switch (schedule.cron()) {
			case DAILY -> "daily";
			case WEEKLY -> "weekly";
			case MONTHLY -> "monthly";
			default -> "custom";
		};
		return new ScheduleForm(schedule.name(), schedule.byTag() ? "tag" : "list", schedule.vmids(),
				schedule.byTag() ? schedule.tag() : "", preset, schedule.cron(), schedule.keep(), schedule.prefix(),
				schedule.includeRam(), schedule.storageLimit());
	}

	boolean byTag() {
		return "tag".equals(this.by);
	}

	/** What is stored and run: the preset's expression, or the typed one. */
	String cronExpression() {
		return switch ((this.preset != null) ? this.preset : "custom") {
			case "daily" -> DAILY;
			case "weekly" -> WEEKLY;
			case "monthly" -> MONTHLY;
			default -> (this.cron != null) ? this.cron.strip().replaceAll("\\s+", " ") : "";
		};
	}

}
