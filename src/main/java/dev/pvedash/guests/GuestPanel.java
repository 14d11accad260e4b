package dev.pvedash.guests;

import org.springframework.ui.Model;

/**
 * A section another module adds to the guest page (snapshots, backups) without this
 * module depending on it: the page asks every panel bean for its model and renders its
 * fragment, in {@link #order()}. The page's model also holds {@code actionsClosed}: null
 * while actions can be sent, else why not (the page shows the reason); panels disable
 * their action buttons then, since a POST would be refused (docs/actions.md).
 */
public interface GuestPanel {

	/** Lower comes first. */
	int order();

	/** Template name of the fragment, e.g. {@code snapshots/guest}. */
	String template();

	/** Fragment selector inside {@link #template()}, e.g. {@code panel}. */
	String fragment();

	/**
	 * Adds this panel's attributes, with names of its own, for the guest {@code vmid}.
	 */
	void fill(int vmid, Model model);

}
