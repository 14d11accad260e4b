package dev.pvedash.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Simulators for tests, always closed. Registered on an instance field
 * ({@code @RegisterExtension}) it gives each test its own simulator; on a static field or
 * with {@code @ExtendWith} ({@link SharedSimulator}) one per class, also handed to
 * constructors and test methods as a {@link PveSimulator} or {@link SimulatorHttp}
 * parameter. Either way {@link #start(SimulatorProperties)} starts another one for the
 * current test only.
 */
public final class SimulatorExtension
		implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

	/** Task durations × 0.02: a 2 s start takes 40 ms. */
	public static final double FAST = 0.02;

	private final SimulatorProperties properties;

	private final Clock clock;

	private final List<PveSimulator> forTest = new ArrayList<>();

	private boolean perClass;

	private PveSimulator simulator;

	/** The reference homelab with fast tasks, on a random port. */
	public SimulatorExtension() {
		this(SimulatorProperties.defaults().withTimeScale(FAST));
	}

	public SimulatorExtension(SimulatorProperties properties) {
		this(properties, Clock.systemUTC());
	}

	public SimulatorExtension(SimulatorProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** This extension's simulator, started on first use. */
	public synchronized PveSimulator simulator() {
		if (this.simulator == null) {
			this.simulator = PveSimulator.start(this.properties, this.clock, null);
		}
		return this.simulator;
	}

	/** Another simulator like this extension's, closed after the current test. */
	public PveSimulator start() {
		return start(this.properties);
	}

	/** Another simulator, closed after the current test. */
	public PveSimulator start(SimulatorProperties properties) {
		return start(properties, this.clock);
	}

	public synchronized PveSimulator start(SimulatorProperties properties, Clock clock) {
		PveSimulator started = PveSimulator.start(properties, clock, null);
		this.forTest.add(started);
		return started;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.perClass = true;
	}

	@Override
	public synchronized void afterEach(ExtensionContext context) {
		this.forTest.forEach(PveSimulator::close);
		this.forTest.clear();
		if (!this.perClass) {
			closeSimulator();
		}
	}

	@Override
	public synchronized void afterAll(ExtensionContext context) {
		closeSimulator();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == PveSimulator.class || type == SimulatorHttp.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return (parameter.getParameter().getType() == PveSimulator.class) ? simulator()
				: new SimulatorHttp(simulator());
	}

	private void closeSimulator() {
		if (this.simulator != null) {
			this.simulator.close();
			this.simulator = null;
		}
	}

}
