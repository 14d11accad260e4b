package dev.pvedash.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PVE release being imitated, and every wire difference between releases
 * (docs/proxmox-notes.md, Versions) as one named question each, so handlers never compare
 * version numbers themselves.
 */
record ServedVersion(int major, int minor, int patch) {

	private static final Pattern FORMAT = Pattern.compile("(\\d+)\\.(\\d+)(?:[.-](\\d+))?");

	static ServedVersion parse(String text) {
		Matcher matcher = FORMAT.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("PVE version must look like 8.2.4 or 7.4-16, not '" + text + "'");
		}
		int patch = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 0;
		return new ServedVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), patch);
	}

	boolean atLeast(int major, int minor) {
		return this.major > major || (this.major == major && this.minor >= minor);
	}

	/** {@code 7.4-16} with a dash up to 7.x, {@code 8.2.4} from 8.0 on. */
	String version() {
		return this.major >= 8 ? this.major + "." + this.minor + "." + this.patch
				: this.major + "." + this.minor + "-" + this.patch;
	}

	String release() {
		return this.major + "." + this.minor;
	}

	/** A stable fake git id per release: real hosts of one release share it. */
	String repoid() {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-1").digest(version().getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(hash).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * 6.x: qemu list {@code vmid}/{@code pid}, cluster resources {@code vmid} and LXC
	 * counters.
	 */
	boolean legacyStrings() {
		return this.major < 7;
	}

	/** LXC list {@code vmid} stayed a string until pve-container 5.0.10 (PVE 8.2). */
	boolean lxcListVmidAsString() {
		return !atLeast(8, 2);
	}

	/** 6.x sends {@code template: ""} for ordinary guests. */
	boolean emptyTemplateFlag() {
		return this.major < 7;
	}

	boolean cgroupMode() {
		return atLeast(7, 3);
	}

	/** 8.1: {@code current-kernel} and {@code boot-info} in node status. */
	boolean kernelDetails() {
		return atLeast(8, 1);
	}

	/** QEMU {@code memory} became a property string with qemu-server 8.1. */
	boolean memoryAsString() {
		return atLeast(8, 1);
	}

	/**
	 * libpve-http-server 5.2.0 (January 2025) adds {@code message} to error bodies, in
	 * late 8.3 or in 8.4; 8.4 is taken as the first release that has it.
	 */
	boolean errorMessageInBody() {
		return atLeast(8, 4);
	}

	/**
	 * PVE 9 series ({@code memhost}, {@code pressure*}, finer RRD, {@code network}
	 * resources).
	 */
	boolean nine() {
		return this.major >= 9;
	}

	String kernelRelease() {
		if (this.major <= 6) {
			return "5.4.203-1-pve";
		}
		if (this.major == 7) {
			return "5.15.158-2-pve";
		}
		if (this.major == 8) {
			return atLeast(8, 2) ? "6.8.12-1-pve" : "6.5.13-5-pve";
		}
		return "6.14.8-2-pve";
	}

	String kernelBuild() {
		String release = kernelRelease();
		String pmx = release.substring(0, release.length() - "-pve".length());
		return (this.major >= 8 ? "#1 SMP PREEMPT_DYNAMIC PMX " : "#1 SMP PVE ") + pmx + " (2024-08-05T16:17Z)";
	}

}
