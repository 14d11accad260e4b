package dev.pvedash.faults;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A full disk as the application sees it: while the switch is on, every statement that
 * writes (INSERT, UPDATE, MERGE, DELETE) fails with H2's "No space left on device" before
 * it runs; reads keep working. Switching it off is freeing the space: the same
 * connections work again, no restart.
 */
final class FailingDataSource extends DelegatingDataSource {

	private static final Pattern WRITE = Pattern.compile("^\\s*(insert|update|merge|delete)\\b",
			Pattern.CASE_INSENSITIVE);

	static final class Switch {

		private volatile boolean on;

		void on() {
			this.on = true;
		}

		void off() {
			this.on = false;
		}

	}

	/** Wraps the application's DataSource bean. */
	static final class Wrapper implements BeanPostProcessor {

		private final Switch diskFull;

		Wrapper(Switch diskFull) {
			this.diskFull = diskFull;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			return (bean instanceof DataSource source && !(bean instanceof FailingDataSource))
					? new FailingDataSource(source, this.diskFull) : bean;
		}

	}

	private final Switch diskFull;

	private FailingDataSource(DataSource target, Switch diskFull) {
		super(target);
		this.diskFull = diskFull;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return failingWrites(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return failingWrites(super.getConnection(username, password));
	}

	private Connection failingWrites(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (this.diskFull.on && method.getName().startsWith("prepare") && args != null
							&& args[0] instanceof String sql && WRITE.matcher(sql).find()) {
						throw new SQLException("IO Exception: \"No space left on device\"", "90028");
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
