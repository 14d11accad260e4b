package dev.pvedash.backups;

import java.time.Duration;

/** Backup ages in the words of docs/ui.md: "40 min", "5 h", "9 days". */
final class Ages {

	private Ages() {
	}

	static String text(Duration age) {
		if (age.isNegative() || age.toMinutes() < 60) {
			return Math.max(0, age.toMinutes()) + " min";
		}
		if (age.toHours() < 48) {
			return age.toHours() + " h";
		}
		return age.toDays() + " days";
	}

}
