package dev.pvedash.audit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Tomcat reports IPv6 peers in full form ({@code 0:0:0:0:0:0:0:1}); the audit log shows
 * the short form people know from {@code ip addr} ({@code ::1}, RFC 5952).
 */
final class ClientAddresses {

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	private ClientAddresses() {
	}

	static String canonical(String address) {
		if (address == null || !address.contains(":") || !IPV6_LITERAL.matcher(address).matches()) {
			return address;
		}
		try {
			// a literal, so no name lookup happens
			InetAddress parsed = InetAddress.getByName(address);
			return (parsed instanceof Inet6Address) ? compress(parsed.getAddress()) : parsed.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	private static String compress(byte[] bytes) {
		int[] groups = new int[8];
		for (int i = 0; i < 8; i++) {
			groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
		}
		int bestStart = -1;
		int bestLength = 1; // a single zero group is not shortened
		for (int i = 0; i < 8; i++) {
			int length = 0;
			while (i + length < 8 && groups[i + length] == 0) {
				length++;
			}
			if (length > bestLength) {
				bestStart = i;
				bestLength = length;
			}
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				out.append("::");
				i += bestLength - 1;
				continue;
			}
			if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
				out.append(':');
			}
			out.append(Integer.toHexString(groups[i]));
		}
		return out.toString();
	}

}
