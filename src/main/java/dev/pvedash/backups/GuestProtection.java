package dev.pvedash.backups;

import java.util.List;

/**
 * One guest's verdict and the sentence that explains it: {@code messageKey} with
 * {@code args} in messages.properties. {@code excused} guests (marked "no backup needed"
 * by an admin, or excluded templates) still carry their verdict but are not counted as a
 * risk; {@code excuse} is the admin's reason, null for an excluded template.
 */
public record GuestProtection(int vmid, Verdict verdict, String messageKey, List<Object> args, boolean excused,
		String excuse) {

	public GuestProtection {
		args = List.copyOf(args);
	}

	/** The arguments as an array, for {@code #messages.msgWithParams} in templates. */
	public Object[] argArray() {
		return this.args.toArray();
	}

}
