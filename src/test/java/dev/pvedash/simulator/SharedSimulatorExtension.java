package dev.pvedash.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Starts the class's simulator on first use and closes it after the class (see {@link SharedSimulator}). */
final class SharedSimulatorExtension implements ParameterResolver, AfterAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(SharedSimulatorExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == PveSimulator.class || type == SimulatorClient.class;
	}

	/** Each test gets a new instance of its class; they all share the class's simulator. */
	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		PveSimulator simulator = store(context).getOrComputeIfAbsent(context.getRequiredTestClass(),
				(key) -> Simulators.start(), PveSimulator.class);
		return (parameter.getParameter().getType() == PveSimulator.class) ? simulator
				: new SimulatorClient(simulator);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		PveSimulator simulator = store(context).remove(context.getRequiredTestClass(), PveSimulator.class);
		if (simulator != null) {
			simulator.close();
		}
	}

	private static ExtensionContext.Store store(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE);
	}

}
