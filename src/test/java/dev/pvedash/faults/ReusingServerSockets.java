package dev.pvedash.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;

import javax.net.ServerSocketFactory;

/**
 * MockWebServer turns SO_REUSEADDR off, so after connections it closed itself (still in
 * TIME_WAIT) the port could not be bound again for a minute. Coming back on the same port
 * is the point of {@link FaultProxy#listenAgain()}, so these sockets keep it on.
 */
final class ReusingServerSockets extends ServerSocketFactory {

	@Override
	public ServerSocket createServerSocket() throws IOException {
		return new ServerSocket() {
			@Override
			public void setReuseAddress(boolean on) throws SocketException {
				super.setReuseAddress(true);
			}
		};
	}

	@Override
	public ServerSocket createServerSocket(int port) throws IOException {
		return createServerSocket(port, 50, null);
	}

	@Override
	public ServerSocket createServerSocket(int port, int backlog) throws IOException {
		return createServerSocket(port, backlog, null);
	}

	@Override
	public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
		ServerSocket socket = createServerSocket();
		socket.bind(new InetSocketAddress(address, port), backlog);
		return socket;
	}

}
